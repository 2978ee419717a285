package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Token;

import java.util.List;
import java.util.Locale;
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
            Map.entry("autobiography", "author"), Map.entry("essay", "essayist"),
            Map.entry("symphony", "composer"), Map.entry("opera", "composer"), Map.entry("concerto", "composer"),
            Map.entry("sonata", "composer"), Map.entry("sculpture", "sculptor"), Map.entry("screenplay", "screenwriter"),
            Map.entry("libretto", "librettist"));
    /** Nouns that hold works and take their maker from them: "a collection of poems", "a volume of stories". */
    private static final Set<String> HOLDERS = Set.of("collection", "volume", "anthology", "book", "cycle");
    /** Works named only as what a collection holds: "a volume of stories" is by an author, "X's story" not. */
    private static final Map<String, String> HELD = Map.of("story", "author");
    /** How many words may stand between the owner and the work: "X's long-awaited fourth novel". */
    private static final int MODIFIERS = 3;

    private Works() {
    }

    /**
     * The maker's role of a work the text writes as this person's ("X's novel") or, in the same sentence and with no
     * other person named between, as "her"/"his" ("X has seen her book ..."); null when there is none.
     */
    static Role makerOf(ParsedArticle article, Mention m) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int end = m.endToken();
        if (end < tokens.size() && RoleReader.isPossessive(tokens.get(end))) {
            Role role = work(tokens, end + 1, m.sentence(), m.firstToken());
            if (role != null) {
                return role;
            }
        }
        for (int k = end; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.ner().equals("PERSON")) {
                return null;
            }
            if (t.pos().equals("PRP$") && Set.of("his", "her").contains(t.word().toLowerCase(Locale.ROOT))) {
                Role role = work(tokens, k + 1, m.sentence(), m.firstToken());
                if (role != null) {
                    return role;
                }
            }
        }
        return null;
    }

    /** The maker of the work whose noun phrase starts at {@code from}, with evidence from {@code owner} on, or null. */
    private static Role work(List<Token> tokens, int from, int sentence, int owner) {
        for (int k = from; k < tokens.size() && k <= from + MODIFIERS; k++) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("NN") && !t.isProperNoun()) {
                String noun = t.lemma().toLowerCase(Locale.ROOT);
                // "her fourth collection of poems": the maker of what the collection holds.
                if (HOLDERS.contains(noun) && k + 2 < tokens.size() && tokens.get(k + 1).word().equals("of")) {
                    String held = tokens.get(k + 2).lemma().toLowerCase(Locale.ROOT);
                    String maker = HELD.getOrDefault(held, MAKERS.get(held));
                    if (maker != null && tokens.get(k + 2).pos().startsWith("NN")) {
                        return role(maker, tokens, sentence, owner, k + 3);
                    }
                }
                // The work's head is the last noun of its phrase: "her book prize" is no book.
                boolean head = k + 1 >= tokens.size() || !tokens.get(k + 1).pos().startsWith("NN")
                        || tokens.get(k + 1).isCapitalisedName();
                return head && MAKERS.containsKey(noun) ? role(MAKERS.get(noun), tokens, sentence, owner, k + 1) : null;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().equals("CD") && !t.pos().equals("VBN") && !t.word().equals("-")) {
                return null;
            }
        }
        return null;
    }

    private static Role role(String maker, List<Token> tokens, int sentence, int from, int end) {
        return new Role(maker, null, Token.evidence(sentence, tokens, from, end), true, false);
    }
}
