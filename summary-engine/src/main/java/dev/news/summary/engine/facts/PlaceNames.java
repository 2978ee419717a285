package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What counts as a place name in an article, shared by the place list and the venue. */
public final class PlaceNames {

    public static final Set<String> PLACE_TYPES = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");
    /** Words that qualify a place ("the northern city of", "the X area") without being one. */
    static final Set<String> QUALIFIERS = Set.of("the", "a", "an", "central", "northern", "southern",
            "eastern", "western", "north", "south", "east", "west", "downtown", "city", "town", "village", "of",
            "capital", "province", "state", "county", "region", "area", "suburb", "district", "port");

    /** Longest place name built by joining adjacent name words. */
    private static final int MAX_NAME_WORDS = 4;

    private final Set<String> surnames;

    /** The place names of one article: a person's surname that the recogniser also tagged as a town is no place. */
    PlaceNames(ParsedArticle article) {
        Set<String> words = new HashSet<>();
        for (Mention m : article.contentMentions()) {
            if (m.type().equals("PERSON")) {
                String[] parts = key(m.text()).split("\\s+");
                if (parts.length >= 2) {
                    words.add(parts[parts.length - 1]);
                }
            }
        }
        this.surnames = words;
    }

    /** A place mention worth keeping: tagged as a place, not a bare qualifier ("South") nor a person's surname. */
    boolean isPlace(Mention m) {
        if (!PLACE_TYPES.contains(m.type())) {
            return false;
        }
        String key = key(m.text());
        return !key.isEmpty() && !surnames.contains(key) && !QUALIFIERS.contains(key);
    }

    /**
     * A place's whole name around a recognised part of it: "X Tower" when only "Tower" was tagged (its first word
     * taken for a person), "X Road" when the two words were tagged apart. Adjacent capitalised name words are joined;
     * dates, titles and forms of address are not.
     */
    static String wholeName(List<Token> tokens, Mention m) {
        int[] span = wholeSpan(tokens, m);
        if (span[0] == m.firstToken() && span[1] == m.endToken()) {
            return clean(m.text());
        }
        return clean(Token.words(tokens, span[0], span[1]));
    }

    /** The token span of {@link #wholeName}: first token and end (exclusive). */
    static int[] wholeSpan(List<Token> tokens, Mention m) {
        int from = m.firstToken();
        int to = m.endToken();
        while (from > 0 && joinable(tokens.get(from - 1)) && !tokens.get(from - 1).ner().equals("ORGANIZATION")
                && to - (from - 1) <= MAX_NAME_WORDS) {
            from--;
        }
        while (to < tokens.size() && joinable(tokens.get(to)) && !tokens.get(to).ner().equals("PERSON")
                && (to + 1) - from <= MAX_NAME_WORDS) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean joinable(Token t) {
        String ner = t.ner();
        return t.isProperNoun() && Character.isUpperCase(t.word().charAt(0)) && !RoleReader.isHonorific(t.word())
                && !ner.equals("DATE") && !ner.equals("TIME") && !ner.equals("TITLE") && !ner.equals("NUMBER")
                && !ner.equals("NATIONALITY") && !ner.equals("COUNTRY");
    }

    static String key(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    static String clean(String text) {
        String t = text.strip();
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        return t.strip();
    }
}
