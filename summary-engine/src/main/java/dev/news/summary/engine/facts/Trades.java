package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ModelResources;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a person is by the verb of a trade the text gives them: "X starred in ...", "starring X" (an actor), "directed
 * by X" (a director), "X sang ..." (a singer). Only verbs whose doer is named by their trade in the senses the news
 * uses; "direct" also needs a work for its object, since one can direct traffic or questions, and "star" needs "in"
 * or "as", since a player can star against a team. An actor is
 * an "actress" when the first name is one CoreNLP's name lists know only as a woman's.
 */
final class Trades {

    /** Verbs of a trade, by lemma, and the noun for who does them. */
    private static final Map<String, String> DOERS = Map.of("star", "actor", "co-star", "actor", "direct", "director", "sing", "singer", "compose", "composer", "choreograph", "choreographer",
            "paint", "painter", "sculpt", "sculptor");
    /** What a director directs. */
    private static final Set<String> DIRECTED = Set.of("film", "movie", "play", "documentary", "drama", "comedy",
            "thriller", "series", "episode", "opera", "musical", "production", "video", "adaptation", "sequel",
            "remake", "feature", "picture", "show", "ballet");
    /** What follows "starred" in the sense of acting: "starred in", "stars as"; "starred against the visitors" is sport. */
    private static final Set<String> STARRING = Set.of("in", "as", "alongside", "opposite");
    /** How many words after "directed" its object's noun may be: "directed the award-winning film". */
    private static final int OBJECT_REACH = 4;
    private static final String NAME_GENDERS = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private Trades() {
    }

    private static final class Names {
        /** First names the lists give one gender only, lower case, to "MALE" or "FEMALE". */
        static final Map<String, String> GENDER = read();
    }

    /** Reads the name lists now, so that the first request that needs them does not pay for it. */
    static void load() {
        Names.GENDER.size();
    }

    /** "MALE" or "FEMALE" for a first name CoreNLP's lists give one sex only, else null. */
    static String gender(String firstName) {
        return Names.GENDER.get(firstName.toLowerCase(Locale.ROOT));
    }

    /** Whether "he" or "she" ({@code pronoun}) cannot mean a person of this first name. */
    static boolean disagrees(String firstName, String pronoun) {
        String gender = gender(firstName);
        String p = pronoun.toLowerCase(Locale.ROOT);
        return gender != null && (gender.equals("FEMALE") ? Set.of("he", "his", "him") : Set.of("she", "her", "hers"))
                .contains(p);
    }

    /** The trade this mention's person does in its sentence, or null. */
    static Role tradeOf(ParsedArticle article, Mention m, String firstName) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int first = m.firstToken();
        int end = m.endToken();
        String doer = null;
        int from = first;
        int to = end;
        // "starring X", "co-starring X".
        if (first > 0 && tokens.get(first - 1).pos().equals("VBG") && Set.of("star", "co-star")
                .contains(lemma(tokens.get(first - 1)))) {
            doer = "actor";
            from = first - 1;
        }
        // "directed by X", "sung by X".
        if (doer == null && first > 1 && tokens.get(first - 1).word().equalsIgnoreCase("by")
                && tokens.get(first - 2).pos().equals("VBN") && DOERS.containsKey(lemma(tokens.get(first - 2)))) {
            doer = DOERS.get(lemma(tokens.get(first - 2)));
            from = first - 2;
        }
        if (doer == null) {
            int verb = Competitors.verbAfter(tokens, end, DOERS.keySet(), firstName);
            if (verb >= 0 && actsAsDoer(tokens, verb)) {
                doer = DOERS.get(lemma(tokens.get(verb)));
                to = verb + 1;
            }
        }
        if (doer == null) {
            return null;
        }
        if (doer.equals("actor") && "FEMALE".equals(gender(firstName))) {
            doer = "actress";
        }
        return new Role(doer, null, Token.evidence(m.sentence(), tokens, from, to), true, false);
    }

    /**
     * Whether the verb at {@code verb} is one the subject does as a trade: a tensed form or one after "have" ("a planet
     * composed of lava" is none), "star" with what an actor stars in or as, "direct" with a work for its object.
     */
    private static boolean actsAsDoer(List<Token> tokens, int verb) {
        Token t = tokens.get(verb);
        boolean tensed = t.isFiniteVerb() || t.pos().equals("VBG")
                || verb > 0 && t.pos().equals("VBN") && lemma(tokens.get(verb - 1)).equals("have");
        if (!tensed) {
            return false;
        }
        return switch (lemma(t)) {
            case "star", "co-star" -> verb + 1 < tokens.size()
                    && STARRING.contains(tokens.get(verb + 1).word().toLowerCase(Locale.ROOT));
            case "direct" -> directsAWork(tokens, verb);
            default -> true;
        };
    }

    /** Whether the object of "directed" at {@code verb} is a work: "directed the film", "directed Tide". */
    private static boolean directsAWork(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size() && k <= verb + OBJECT_REACH; k++) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("NN") && DIRECTED.contains(lemma(t))) {
                return true;
            }
            if (t.word().equals(",") || t.word().equals(".") || t.isVerb()) {
                return false;
            }
        }
        return false;
    }

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> read() {
        Map<String, String> genders = new HashMap<>();
        for (String line : ModelResources.lines(NAME_GENDERS)) {
            String[] fields = line.split("\\s+");
            if (fields.length < 2) {
                continue;
            }
            String name = fields[0].toLowerCase(Locale.ROOT);
            String gender = fields[1];
            // A name listed for both is no evidence either way.
            genders.merge(name, gender, (a, b) -> a.equals(b) ? a : "");
        }
        genders.values().removeIf(String::isEmpty);
        return Map.copyOf(genders);
    }
}
