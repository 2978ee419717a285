package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person is by the work the text says is theirs: "X's novel" was written by a novelist, "her fourth collection
 * of poems" by a poet. Only works whose owner is their maker: a film or an album is as much its actors' or singers'
 * as its director's, and "X's biography" or "X's story" is as often about X as by X.
 */
final class Works {

    /** Works and their makers. */
    private static final Map<String, String> MAKERS = Map.ofEntries(
            Map.entry("novel", "novelist"), Map.entry("novella", "novelist"), Map.entry("poem", "poet"),
            Map.entry("poetry", "poet"), Map.entry("book", "author"), Map.entry("memoir", "author"),
            Map.entry("autobiography", "author"),
            Map.entry("symphony", "composer"), Map.entry("opera", "composer"), Map.entry("concerto", "composer"),
            Map.entry("sonata", "composer"), Map.entry("screenplay", "screenwriter"),
            Map.entry("libretto", "librettist"));
    /** Nouns that hold works and take their maker from them: "a collection of poems", "a volume of stories". */
    private static final Set<String> HOLDERS = Set.of("collection", "volume", "anthology", "book", "cycle");
    /** Works named only as what a collection holds: "a volume of stories" is by an author, "X's story" not. */
    private static final Map<String, String> HELD = Map.of("story", "author");
    /** Words before a work that make it something a person owns or likes rather than made. */
    private static final Set<String> OWNED = Set.of("favourite", "favorite", "beloved", "signed", "stolen", "treasured",
            "borrowed");
    /** How many words may stand between the owner and the work: "X's long-awaited fourth novel". */
    private static final int MODIFIERS = 3;

    private Works() {
    }

    /**
     * The maker's role of a work the text writes as this person's ("X's novel") or as "her"/"his" right after a verb
     * of writing whose subject is the person ("X has written her third novel"), a pronoun that does not disagree with
     * the first name's sex; null when there is none.
     */
    static Role makerOf(ParsedArticle article, Mention m, String firstName) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int end = m.endToken();
        if (end < tokens.size() && RoleReader.isPossessive(tokens.get(end))) {
            Role role = work(tokens, end + 1, m.sentence(), m.firstToken());
            if (role != null) {
                return role;
            }
        }
        // "X has written her third novel": only after the verb of writing of X's own clause ("finished his book on the
        // train" may be reading).
        int k = end;
        while (k < tokens.size() && (tokens.get(k).isVerb() && !Set.of("write", "pen")
                .contains(tokens.get(k).lowerLemma()) || tokens.get(k).pos().startsWith("RB"))) {
            k++;
        }
        boolean writing = k < tokens.size() && tokens.get(k).isVerb();
        if (writing && k + 1 < tokens.size() && tokens.get(k + 1).pos().equals("PRP$")
                && Set.of("his", "her").contains(tokens.get(k + 1).lowerWord())
                && !FirstNames.disagrees(firstName, tokens.get(k + 1).word())) {
            return work(tokens, k + 2, m.sentence(), m.firstToken());
        }
        return null;
    }

    /** The maker of the work whose noun phrase starts at {@code from}, with evidence from {@code owner} on, or null. */
    private static Role work(List<Token> tokens, int from, int sentence, int owner) {
        for (int k = from; k < tokens.size() && k <= from + MODIFIERS; k++) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("NN") && !t.isProperNoun()) {
                String noun = t.lowerLemma();
                // "her fourth collection of poems": the maker of what the collection holds.
                if (HOLDERS.contains(noun) && k + 2 < tokens.size() && tokens.get(k + 1).word().equals("of")) {
                    String held = tokens.get(k + 2).lowerLemma();
                    String maker = HELD.getOrDefault(held, MAKERS.get(held));
                    // "X's book of condolence" holds no work.
                    return maker != null && tokens.get(k + 2).pos().startsWith("NN")
                            ? role(maker, tokens, sentence, owner, k + 3) : null;
                }
                // The work's head is the last noun of its phrase: "her book prize" is no book.
                // "X's books did not balance": books in the plural may be accounts.
                boolean head = (k + 1 >= tokens.size() || !tokens.get(k + 1).pos().startsWith("NN")
                        || tokens.get(k + 1).isCapitalisedName()) && !(noun.equals("book") && t.pos().equals("NNS"));
                return head && MAKERS.containsKey(noun) && !madeBy(tokens, k + 1)
                        ? role(MAKERS.get(noun), tokens, sentence, owner, k + 1) : null;
            }
            // "X's favourite book", "X's signed copy" are what X owns.
            if (!t.pos().startsWith("JJ") && !t.pos().equals("CD") && !t.pos().equals("VBN") && !t.word().equals("-")
                    || OWNED.contains(t.lowerWord())) {
                return null;
            }
        }
        return null;
    }

    /** "X's book, written by her daughter": the work names its maker, who is someone else. */
    private static boolean madeBy(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).word().equals(",")) {
            k++;
        }
        while (k < tokens.size() && (tokens.get(k).pos().equals("VBN") || tokens.get(k).pos().startsWith("RB"))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("by");
    }


    private static Role role(String maker, List<Token> tokens, int sentence, int from, int end) {
        return new Role(maker, null, Token.evidence(sentence, tokens, from, end), true, false);
    }
}
