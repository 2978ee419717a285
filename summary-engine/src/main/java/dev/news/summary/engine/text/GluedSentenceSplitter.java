package dev.news.summary.engine.text;

import dev.news.summary.engine.Evidence;
import dev.news.summary.engine.facts.PlaceNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes apart sentences that a flattened web page glued together: it cuts out spans that are page furniture
 * wherever they stand (a picture credit in parentheses, a share button with its note in parentheses) and splits a
 * sentence where a new one visibly starts without a full stop before it ("... the talks ended The minister said").
 * The pieces are then judged by {@link DebrisFilter} one by one, so a caption or prompt glued to a real sentence is
 * dropped and the real sentence kept. Mentions follow their tokens into the pieces.
 */
public final class GluedSentenceSplitter {

    /** Longest parenthesis read as a credit or a button's note. */
    private static final int MAX_PARENTHESIS = 10;
    private static final Set<String> ENDINGS = Set.of(".", "!", "?", ":", ";", ",", "\"", "'", "''", "``", "-", "--", "(");
    private static final Set<String> ADDRESS = Set.of("mr", "mrs", "ms", "dr");
    /** Words that open a sentence right after a name whose full stop a page lost ("... to Acme He said"). */
    private static final Set<String> OPENERS_AFTER_NAME = Set.of("The", "A", "An", "He", "She", "They", "His", "Her",
            "Their", "But", "However");
    /** A page's scrolling prompt: "Scroll down for video", "Swipe left to see more pictures". */
    private static final Set<String> SCROLL_VERBS = Set.of("scroll", "swipe");
    private static final Set<String> SCROLL_TARGETS = Set.of("video", "videos", "pictures", "photos", "images",
            "gallery", "more", "comments");
    /** Longest scrolling prompt read, in tokens. */
    private static final int MAX_PROMPT = 6;

    /**
     * Sentences after splitting, mentions renumbered to them, and the pieces that are captions: a line that fell
     * apart into three or more pieces is a run of captions, and its pieces without closing punctuation are captions.
     */
    public record Result(List<Sentence> sentences, List<Mention> mentions, Set<Integer> captions, Dateline dateline) {
    }

    /** The place of a dateline ("PLACE, Region (Agency) -") that opened the text, and where it stood. */
    public record Dateline(String place, Evidence evidence) {
    }

    /** Capitals, optionally a region and an agency, then a dash or colon and the story's first word. */
    private static final Pattern DATELINE = Pattern.compile(
            "(\\p{Lu}{3,}(?:[ .'-]\\p{Lu}{2,}){0,2})(?:\\s?,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?"
                    + "\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|-|:)\\s+(?=[\\p{Lu}\"])");
    /** How many sentences from the top may hold the dateline (page debris can come first). */
    private static final int DATELINE_SENTENCES = 3;

    public Result split(List<Sentence> sentences, List<Mention> mentions) {
        int datelineSentence = -1;
        int[] datelineTokens = null;
        for (Sentence s : sentences.subList(0, Math.min(DATELINE_SENTENCES, sentences.size()))) {
            datelineTokens = datelineTokens(s);
            if (datelineTokens != null) {
                datelineSentence = s.index();
                break;
            }
        }
        List<Sentence> out = new ArrayList<>();
        Set<Integer> captions = new java.util.TreeSet<>();
        // For each old sentence, the new index and first token of each piece.
        List<int[][]> pieces = new ArrayList<>();
        for (Sentence s : sentences) {
            boolean[] cut = cutSpans(s.tokens());
            if (s.index() == datelineSentence) {
                for (int k = datelineTokens[0]; k < datelineTokens[1]; k++) {
                    cut[k] = true;
                }
            }
            List<int[]> ranges = ranges(s.tokens(), cut);
            int[][] mapping = new int[ranges.size()][];
            for (int p = 0; p < ranges.size(); p++) {
                int[] r = ranges.get(p);
                mapping[p] = new int[] {out.size(), r[0], r[1]};
                Sentence piece = piece(s, r[0], r[1], out.size());
                if (ranges.size() >= 3 && !endsLikeProse(piece)) {
                    captions.add(piece.index());
                }
                out.add(piece);
            }
            pieces.add(mapping);
        }
        List<Mention> moved = new ArrayList<>();
        for (Mention m : mentions) {
            for (int[] p : pieces.get(m.sentence())) {
                if (m.firstToken() >= p[1] && m.endToken() <= p[2]) {
                    moved.add(new Mention(m.text(), m.type(), p[0], m.firstToken() - p[1], m.endToken() - p[1], m.start(),
                            m.end(), m.normalized()));
                } else if (m.endToken() - 1 >= p[1] && m.endToken() <= p[2]) {
                    // A label glued before a name ("... Email Jane Roe"): the name is the part in the piece it ends in.
                    List<Token> tokens = sentences.get(m.sentence()).tokens();
                    moved.add(new Mention(Token.words(tokens, p[1], m.endToken()), m.type(), p[0], 0, m.endToken() - p[1], tokens.get(p[1]).start(),
                            m.end(), m.normalized()));
                }
            }
        }
        Dateline dateline = null;
        if (datelineTokens != null && datelineTokens[2] == 1) {
            // The dateline is no sentence any more: its evidence names the sentence it opened.
            Sentence s = sentences.get(datelineSentence);
            dateline = new Dateline(titleCase(placeText(s, datelineTokens)), new Evidence(pieces.get(datelineSentence)[0][0],
                    s.tokens().get(datelineTokens[0]).start(), s.tokens().get(datelineTokens[3] - 1).end()));
        }
        return new Result(out, moved, captions, dateline);
    }

    /**
     * The dateline opening a sentence or following a closing parenthesis (a credit before it): token range
     * [from, to) of the whole dateline, whether its capitals are a place the recogniser knows (1) or not (0), and
     * the end of the place's tokens.
     */
    private static int[] datelineTokens(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty()) {
            return null;
        }
        int base = tokens.get(0).normStart();
        Matcher m = DATELINE.matcher(s.text());
        while (m.find()) {
            int from = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).normStart() - base == m.start()) {
                    from = k;
                    break;
                }
            }
            if (from < 0 || from > 0 && !tokens.get(from - 1).word().equals(")") && !(from == 1
                    && Character.isUpperCase(tokens.get(0).word().charAt(0)) && !tokens.get(0).isVerb())) {
                continue;
            }
            int to = from;
            int placeEnd = from;
            boolean place = false;
            while (to < tokens.size() && tokens.get(to).normStart() - base < m.end()) {
                if (tokens.get(to).normEnd() - base <= m.end(1)) {
                    place |= PlaceNames.PLACE_TYPES.contains(tokens.get(to).ner());
                    placeEnd = to + 1;
                }
                to++;
            }
            // A dateline at the very start takes a one-word label before it ("Photo PLACE -") with it.
            return new int[] {from == 1 ? 0 : from, to, place ? 1 : 0, placeEnd, from};
        }
        return null;
    }

    private static String placeText(Sentence s, int[] range) {
        return Token.words(s.tokens(), range[4], range[3]);
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    private static boolean endsLikeProse(Sentence s) {
        String w = s.tokens().isEmpty() ? "" : s.tokens().get(s.tokens().size() - 1).word();
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("\"") || w.equals("''");
    }

    /** The token ranges [from, to) of the pieces: cut spans removed, a lost boundary starting a new piece. */
    static List<int[]> ranges(List<Token> tokens, boolean[] cut) {
        List<int[]> out = new ArrayList<>();
        int from = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (cut[i]) {
                if (from >= 0) {
                    out.add(new int[] {from, i});
                    from = -1;
                }
                continue;
            }
            if (from < 0) {
                from = i;
            } else if (formLabelEnds(tokens, i)
                    || lostBoundary(tokens, i) && hasFiniteVerb(tokens, from, i) && hasFiniteVerb(tokens, i, tokens.size())) {
                out.add(new int[] {from, i});
                from = i;
            }
        }
        if (from >= 0) {
            out.add(new int[] {from, tokens.size()});
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, tokens.size()});
        }
        return out;
    }

    /**
     * Token i starts a sentence the page lost the full stop of: a capitalised word that is not a name ("The", "He",
     * "After", "Rescuers") right after a lower-case word, or a form of address ("Mr") right after a word or a place.
     */
    static boolean lostBoundary(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        Token t = tokens.get(i);
        String p = previous.word();
        if (p.isEmpty() || t.word().isEmpty() || ENDINGS.contains(p) || !Character.isUpperCase(t.word().charAt(0))) {
            return false;
        }
        boolean afterWord = Character.isLowerCase(p.charAt(0)) && !isFunctionWord(previous)
                || Character.isDigit(p.charAt(p.length() - 1)) || p.equals(")");
        // "... the face of Acme The campaign shows": after a name, only a word that can only open a sentence
        // ("The" before a lower-case word, a pronoun, "But"), never a capitalised word that may continue the name.
        if (!afterWord && previous.isProperNoun() && Character.isUpperCase(p.charAt(0)) && !ENDINGS.contains(p)
                && OPENERS_AFTER_NAME.contains(t.word())) {
            boolean article = t.pos().equals("DT");
            return !article || i + 1 < tokens.size() && Character.isLowerCase(tokens.get(i + 1).word().charAt(0));
        }
        // "... protests in New York Mr X said": a form of address right after a place ("said Mr X" is prose).
        if (ADDRESS.contains(t.lowerWord().replace(".", ""))) {
            return PlaceNames.PLACE_TYPES.contains(previous.ner());
        }
        if (!afterWord || t.isProperNoun() || !t.ner().equals("O") || t.word().equals("I") || t.pos().equals("JJ")
                || t.pos().equals("NN") || t.pos().equals("CD") || isCode(t.word())) {
            return false;
        }
        // "told The Times": an article opening a name is not a new sentence.
        if (t.pos().equals("DT") && i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun()) {
            return false;
        }
        // A capitalised noun inside a sentence ("the fourth Game 7") starts one only when a verb follows soon.
        if (t.pos().startsWith("NN")) {
            for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
                if (tokens.get(k).isVerb() || tokens.get(k).word().equals("of")) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** "... Invalid Email Jane Roe said", "+ Subscribe The repairs": a sign-up form's capitalised word ends a label. */
    static boolean formLabelEnds(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        String p = previous.word();
        String w = tokens.get(i).word();
        return !p.isEmpty() && !w.isEmpty() && DebrisFilter.isFormWord(previous) && Character.isUpperCase(p.charAt(0))
                && Character.isUpperCase(w.charAt(0));
    }

    /** Both sides of a lost boundary are clauses: a title after "the film" or "the album" is not a new sentence. */
    private static boolean hasFiniteVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    /** "GDP", "G7": capitals throughout or a digit inside are a name or a code, never a sentence's first word. */
    private static boolean isCode(String word) {
        if (word.length() > 2 && word.endsWith("s")) {
            word = word.substring(0, word.length() - 1);
        }
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            lower |= Character.isLowerCase(c);
        }
        return !lower && word.length() > 1;
    }

    /** Words after which a capitalised word is a modifier or a name ("the French", "a Conservative"). */
    private static boolean isFunctionWord(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.equals("IN") || pos.equals("CC") || pos.equals("PRP$") || pos.equals("TO")
                || pos.equals("POS") || pos.equals("WDT") || pos.equals("WP") || pos.equals("PDT");
    }

    /**
     * Spans that are page furniture wherever they stand: a parenthesis that credits a picture ("(Name/Agency)", a
     * parenthesis of names opening or closing the sentence), and a button's label with its note in parentheses
     * ("Click to share on X (...)").
     */
    static boolean[] cutSpans(List<Token> tokens) {
        int n = tokens.size();
        boolean[] cut = new boolean[n];
        if (DebrisFilter.galleryCounter(tokens)) {
            java.util.Arrays.fill(cut, true);
            return cut;
        }
        // "AGENCY The story ...": an agency's or photographer's name in capitals before the first word.
        if (n > 1 && isCapitalsCredit(tokens.get(0)) && Character.isUpperCase(tokens.get(1).word().charAt(0))
                && !tokens.get(1).isProperNoun()) {
            cut[0] = true;
        }
        scrollPrompts(tokens, cut);
        for (int i = 0; i < n; i++) {
            if (!tokens.get(i).word().equals("(")) {
                continue;
            }
            int close = -1;
            for (int k = i + 1; k < n && k - i <= MAX_PARENTHESIS; k++) {
                if (tokens.get(k).word().equals(")")) {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            int start = i;
            if (isCredit(tokens, i, close)) {
                mark(cut, start, close);
                continue;
            }
            // "Click to share on X (...)": a call to action on the page, up to its parenthesised note.
            int verb = -1;
            for (int k = i - 1; k >= 0 && i - k <= MAX_PARENTHESIS; k--) {
                Token t = tokens.get(k);
                if (DebrisFilter.isActionVerb(t) && Character.isUpperCase(t.word().charAt(0))) {
                    verb = k;
                    break;
                }
            }
            if (verb >= 0 && noSentenceBetween(tokens, verb, i)) {
                mark(cut, verb, close);
            }
        }
        return cut;
    }

    /** "Scroll down for video", "Swipe to see more pictures": a capitalised scrolling verb up to what it shows. */
    private static void scrollPrompts(List<Token> tokens, boolean[] cut) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !SCROLL_VERBS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // Up to what it shows, with the words that go with it: "to see more pictures".
            for (int k = i + 1; k < tokens.size() && k - i < MAX_PROMPT; k++) {
                if (isScrollTarget(tokens.get(k))) {
                    while (k + 1 < tokens.size() && isScrollTarget(tokens.get(k + 1))
                            && Character.isLowerCase(tokens.get(k + 1).word().charAt(0))) {
                        k++;
                    }
                    mark(cut, i, k);
                    break;
                }
            }
        }
    }

    private static boolean isScrollTarget(Token t) {
        return SCROLL_TARGETS.contains(t.lowerWord());
    }

    /** A picture credit: "(Name/Agency)", "(Photo: ...)", or only capitalised names at the sentence's edge. */
    private static boolean isCredit(List<Token> tokens, int open, int close) {
        boolean slash = false;
        boolean names = close - open > 1;
        boolean lowerCase = false;
        boolean verb = false;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            String w = t.word();
            slash |= w.contains("/");
            verb |= t.isFiniteVerb();
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !t.isProperNoun() && !t.pos().equals("DT")) {
                names = false;
                lowerCase |= Character.isLowerCase(w.charAt(0));
            }
        }
        if (verb) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (int k = open; k <= close; k++) {
            text.append(tokens.get(k).word()).append(' ');
        }
        if (DebrisFilter.isCredit(text.toString())) {
            return true;
        }
        boolean atEdge = open == 0 || close == tokens.size() - 1
                || close == tokens.size() - 2 && tokens.get(close + 1).word().equals(".");
        // "... from the tram (Jane Roe) A spokesman said": a photographer's name between a caption and the story.
        boolean betweenLines = open > 0 && close + 1 < tokens.size() && Character.isLowerCase(tokens.get(open - 1).word().charAt(0))
                && Character.isUpperCase(tokens.get(close + 1).word().charAt(0));
        // At the end of a sentence a single capitalised word is an abbreviation being explained ("... Office (PO).").
        boolean atStart = open == 0;
        boolean atEnd = atEdge && !atStart && close - open > 2;
        return slash && !lowerCase || names && (atStart || atEnd || betweenLines && close - open > 2);
    }

    private static boolean isCapitalsCredit(Token t) {
        String w = t.word();
        if (w.length() < 3 || !t.isProperNoun() || !t.ner().equals("O")) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noSentenceBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).word();
            if (w.equals(".") || w.equals("!") || w.equals("?")) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] cut, int from, int toInclusive) {
        for (int k = from; k <= toInclusive; k++) {
            cut[k] = true;
        }
    }

    private static Sentence piece(Sentence s, int from, int to, int index) {
        List<Token> tokens = s.tokens();
        if (from == 0 && to == tokens.size()) {
            return new Sentence(index, s.paragraph(), s.text(), s.start(), s.end(), tokens);
        }
        int base = tokens.get(0).normStart();
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        String text = s.text().substring(first.normStart() - base, last.normEnd() - base);
        return new Sentence(index, s.paragraph(), text, first.start(), last.end(), tokens.subList(from, to));
    }
}
