package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Finds the grammatical subject of the lead: the noun phrase before the lead's first finite verb. News leads
 * put the main event's actor there ("Police arrested ...", "At least five people died ..."), so it is a
 * better first participant than the most frequent name. Part-of-speech patterns are enough for leads; a
 * dependency parse would cost more than the rest of the analysis.
 */
final class LeadSubject {

    /**
     * The subject noun phrase: sentence, token span [from, end), its head token, and the finite verb; tokens
     * between end and verb are an appositive or inserted clause ("The makers, Acme Ltd, said").
     */
    record Phrase(int sentence, int from, int end, int head, int verb) {

        boolean covers(Mention m) {
            return m.sentence() == sentence && m.firstToken() < end && m.endToken() > from;
        }
    }

    /** Closed-class words that open a counted noun phrase ("at least five people", "more than 50 ..."). */
    private static final Set<String> QUANTIFIERS = Set.of("at", "least", "most", "more", "than", "about", "around",
            "nearly", "almost", "over", "some", "several", "dozens", "hundreds", "thousands", "scores", "many",
            "all", "both");
    /** Nouns that always denote people but carry no agentive suffix. */
    private static final Set<String> PEOPLE_NOUNS = Set.of("people", "person", "man", "men", "woman", "women",
            "child", "children", "police", "crowd", "troops", "staff", "family", "families", "public");
    /** How many sentences from the lead are tried before giving up (captions often open flattened pages). */
    private static final int SENTENCES = 2;
    /** Finite verbs tried per sentence before it is taken to have no usable subject. */
    private static final int MAX_VERBS = 3;

    private LeadSubject() {
    }

    /** The subject of the first content sentence that has one (captions and debris lines often have none). */
    static Phrase find(ParsedArticle article) {
        int tried = 0;
        for (Sentence s : article.sentences()) {
            if (article.debris().contains(s.index())) {
                continue;
            }
            if (tried++ >= SENTENCES) {
                break;
            }
            Phrase p = subjectOf(s.index(), s.tokens());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    static Phrase subjectOf(int sentence, List<Token> tokens) {
        boolean quoted = false;
        int verbs = 0;
        for (int i = 0; i < tokens.size() && verbs < MAX_VERBS; i++) {
            Token t = tokens.get(i);
            if (t.word().equals("\"")) {
                quoted = !quoted;
            }
            // A relative clause after a comma (", who was ...,") is not the main clause: skip to its end.
            if ((t.pos().equals("WP") || t.pos().equals("WDT")) && i > 0 && tokens.get(i - 1).word().equals(",")) {
                while (i + 1 < tokens.size() && !tokens.get(i + 1).word().equals(",")) {
                    i++;
                }
                continue;
            }
            // "An officer who served in X is ...": a relative clause right after the subject's noun holds the
            // first finite verb; the main verb is the next one, and the subject is the phrase before "who".
            if (!quoted && t.word().equalsIgnoreCase("who") && i > 0 && tokens.get(i - 1).pos().startsWith("NN")) {
                int main = finiteVerbAfterClause(tokens, i + 1);
                Phrase p = main < 0 ? null : before(sentence, tokens, i);
                if (p != null) {
                    return new Phrase(sentence, p.from(), p.end(), p.head(), main);
                }
            }
            // A verb inside quotation marks belongs to the quote, not to the lead's clause.
            if (!quoted && t.isFiniteVerb()) {
                verbs++;
                // Page debris glued before the lead ("Sign in, then ...") can hold an earlier verb
                // with no subject; the next finite verb then belongs to the lead.
                Phrase p = before(sentence, tokens, i);
                if (p != null || i > 0 && tokens.get(i - 1).isWord()) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Phrase before(int sentence, List<Token> tokens, int verb) {
        if (verb <= 0) {
            return null;
        }
        int end = verb;
        // "Police formally released ...": adverbs between subject and verb.
        while (end > 0 && verb - end < 2 && tokens.get(end - 1).pos().startsWith("RB")) {
            end--;
        }
        // Skip appositives and inserted clauses: "The pilot, a former officer, was ..."
        for (int hops = 0; hops < 3 && end > 0 && tokens.get(end - 1).word().equals(","); hops++) {
            int comma = end - 2;
            while (comma >= 0 && end - comma < 14 && !tokens.get(comma).word().equals(",")) {
                comma--;
            }
            if (comma < 0 || end - comma >= 14) {
                // A leading adverbial ("On Monday, police ...") ends at the comma: the subject follows it.
                break;
            }
            end = comma;
        }
        // "Jane Roe, 59, was": an age set off by commas after the name.
        if (end >= 3 && tokens.get(end - 1).pos().equals("CD") && tokens.get(end - 2).word().equals(",")
                && tokens.get(end - 3).isProperNoun()) {
            end -= 2;
        }
        int from = end;
        while (from > 0 && inNounPhrase(tokens, from - 1)) {
            from--;
        }
        // An indefinite phrase after a comma is itself an appositive ("The driver, a local man, from X, was").
        if (from > 1 && from < end && tokens.get(from - 1).word().equals(",")
                && Set.of("a", "an").contains(tokens.get(from).lowerWord())) {
            end = from - 1;
            from = end;
            while (from > 0 && inNounPhrase(tokens, from - 1)) {
                from--;
            }
        }
        if (from == end) {
            return null;
        }
        // Walking back stopped at a preposition: the phrase is an object ("The cost of repairs to the bridge in X rose"), so the
        // subject is the phrase that opens the clause.
        if (from > 0 && tokens.get(from - 1).pos().equals("IN") && !tokens.get(from - 1).word().equals(",")) {
            int start = clauseStart(tokens, from - 1);
            int stop = start;
            while (stop < end && inNounPhrase(tokens, stop) && !(tokens.get(stop).word().equalsIgnoreCase("of")
                    && !counts(tokens.get(stop - 1)))) {
                stop++;
            }
            if (stop == start) {
                return null;
            }
            from = start;
            end = stop;
        }
        while (from < end && !tokens.get(from).isWord()) {
            from++;
        }
        if (from >= end) {
            return null;
        }
        return new Phrase(sentence, from, end, head(tokens, from, end), verb);
    }

    /** The second finite verb from {@code from} (the first is the relative clause's own), within the clause, or -1. */
    private static int finiteVerbAfterClause(List<Token> tokens, int from) {
        boolean own = false;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.word().equals(",") || t.word().equals(";") || t.word().equalsIgnoreCase("who")) {
                return -1;
            }
            if (t.isFiniteVerb()) {
                if (own && !tokens.get(k - 1).isFiniteVerb()) {
                    return k;
                }
                own = true;
            }
        }
        return -1;
    }

    /**
     * "about thirty people", "three men": the first counted phrase whose head always denotes people, as token bounds
     * {from, end}, or null.
     */
    static int[] countedPeople(List<Token> tokens) {
        for (int h = 1; h < tokens.size(); h++) {
            Token head = tokens.get(h);
            String word = head.lowerWord();
            if (!head.pos().startsWith("NN") || !PEOPLE_NOUNS.contains(word) || !tokens.get(h - 1).pos().equals("CD")) {
                continue;
            }
            int from = h - 1;
            while (from > 0 && counts(tokens.get(from - 1))) {
                from--;
            }
            return new int[] {from, h + 1};
        }
        return null;
    }

    /** A number or quantity word: "dozens of ..." is still about what follows "of". */
    private static boolean counts(Token t) {
        return t.pos().equals("CD") || QUANTIFIERS.contains(t.lowerWord());
    }

    /** First token after the last comma before {@code i}, or 0. */
    private static int clauseStart(List<Token> tokens, int i) {
        int k = i;
        while (k > 0 && !tokens.get(k - 1).word().equals(",")) {
            k--;
        }
        return k;
    }

    private static boolean inNounPhrase(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String pos = t.pos();
        String w = t.lowerWord();
        if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("DT")
                || pos.equals("PRP$") || pos.equals("POS") || pos.equals("HYPH") || w.equals("-")) {
            return true;
        }
        if (w.equals("at")) {
            // Only as in "at least five people"; otherwise "at" opens a place.
            return i + 1 < tokens.size() && Set.of("least", "most").contains(tokens.get(i + 1).lowerWord());
        }
        if (QUANTIFIERS.contains(w)) {
            return true;
        }
        // "hundreds of volunteers", "members of the band": "of" joins a noun to its complement.
        return w.equals("of") && i > 0 && (tokens.get(i - 1).pos().startsWith("NN") || tokens.get(i - 1).pos().equals("CD"));
    }

    /** The head is the last noun before any "of" complement ("Hundreds of volunteers" -> volunteers, quantity aside). */
    private static int head(List<Token> tokens, int from, int end) {
        int head = end - 1;
        for (int i = from; i < end; i++) {
            if (tokens.get(i).word().equalsIgnoreCase("of") && i > from) {
                // A quantity before "of" is not the head: "hundreds of volunteers" is about volunteers.
                if (!counts(tokens.get(i - 1))) {
                    head = i - 1;
                }
                break;
            }
        }
        return head;
    }

    /** Whether the head names people without naming anyone: "police", "three men", "the driver", "protesters". */
    static boolean denotesPeople(List<Token> tokens, Phrase p) {
        Token head = tokens.get(p.head());
        String lemma = head.lowerLemma();
        String word = head.lowerWord();
        if (head.ner().equals("TITLE") || PEOPLE_NOUNS.contains(lemma) || PEOPLE_NOUNS.contains(word)) {
            return true;
        }
        // A bare number as subject counts people: "Nine hurt in ...".
        if (head.pos().equals("CD") && p.end() - p.from() == 1) {
            return true;
        }
        // Agentive plurals: drivers, protesters, investigators, scientists, officers, militants.
        return head.pos().startsWith("NNS") || head.pos().equals("NNPS")
                ? lemma.length() > 4 && (lemma.endsWith("er") || lemma.endsWith("or") || lemma.endsWith("ist")
                        || lemma.endsWith("ian") || lemma.endsWith("ant") || lemma.endsWith("man"))
                : false;
    }
}
