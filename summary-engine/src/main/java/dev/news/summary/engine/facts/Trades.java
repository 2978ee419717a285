package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a person is by the verb of a trade the text gives them: "X starred in ...", "starring X" (an actor), "directed
 * by X" (a director), "X composed the score" (a composer). Only verbs whose doer is named by their trade in the senses
 * the news uses; "direct" also needs a work for its object, since one can direct traffic or questions, "star" needs
 * "in" or "as", since a player can star against a team, and "paint" and "compose" need a painting or music. An actor
 * is an "actress" when the text calls the person "she", or, when it uses no pronoun for them, when CoreNLP's lists of
 * first names know the first name as a woman's only.
 */
final class Trades {

    /** Verbs of a trade, by lemma, and the noun for who does them. */
    private static final Map<String, String> DOERS = Map.of("star", "actor", "co-star", "actor", "direct", "director",
            "compose", "composer", "paint", "painter");
    /** What a director directs. */
    private static final Set<String> DIRECTED = Set.of("film", "movie", "play", "documentary", "drama", "comedy",
            "thriller", "series", "episode", "opera", "musical", "video", "adaptation", "sequel", "remake", "show",
            "ballet", "biopic", "sitcom", "pantomime", "cast");
    /** What follows "starred" in the sense of acting: "starred in", "stars as"; "starred against the visitors" is sport. */
    private static final Set<String> STARRING = Set.of("in", "as", "alongside", "opposite");
    /** What a star is not in: "starred in Rovers' win", "starred in court". */
    private static final Set<String> NOT_SHOWS = Set.of("win", "victory", "defeat", "match", "game", "draw", "court",
            "final", "side", "team", "trial", "case");
    /** What a painter paints. */
    private static final Set<String> PAINTINGS = Set.of("portrait", "self-portrait", "mural", "landscape", "canvas",
            "painting", "fresco", "watercolour", "watercolor", "seascape", "nude", "still");
    /** What a composer composes. */
    private static final Set<String> MUSIC = Set.of("music", "score", "symphony", "opera", "song", "piece", "concerto",
            "soundtrack", "requiem", "sonata", "oratorio", "musical", "ballet", "album");
    /** How many words before "directed by" the work may be: "The award-winning film, directed by X". */
    private static final int BACK_REACH = 6;
    /** How many words after "directed" its object's noun may be: "directed the award-winning film". */
    private static final int OBJECT_REACH = 4;

    private Trades() {
    }

    /**
     * The trade this mention's person does in its sentence, or null; an actor is an actress when the text's pronouns
     * for the person ({@code textGender}, "FEMALE", "MALE" or null, asked only for an actor) say so, or without them
     * the first name does.
     */
    static Role tradeOf(ParsedArticle article, Mention m, String firstName, Supplier<String> textGender) {
        List<Token> tokens = article.sentences().get(m.sentence()).tokens();
        int first = m.firstToken();
        int end = m.endToken();
        String doer = null;
        int from = first;
        int to = end;
        // "starring X", "co-starring X".
        if (first > 0 && tokens.get(first - 1).pos().equals("VBG") && Set.of("star", "co-star")
                .contains(tokens.get(first - 1).lowerLemma())) {
            doer = "actor";
            from = first - 1;
        }
        // "directed by X", "sung by X".
        if (doer == null && first > 1 && tokens.get(first - 1).word().equalsIgnoreCase("by")
                && tokens.get(first - 2).pos().equals("VBN") && DOERS.containsKey(tokens.get(first - 2).lowerLemma())
                && workBefore(tokens, first - 2)) {
            doer = DOERS.get(tokens.get(first - 2).lowerLemma());
            from = first - 2;
        }
        if (doer == null) {
            int verb = Competitors.verbAfter(tokens, first, end, DOERS.keySet(), firstName, true);
            if (verb >= 0 && actsAsDoer(tokens, verb)) {
                doer = DOERS.get(tokens.get(verb).lowerLemma());
                to = verb + 1;
            }
        }
        if (doer == null) {
            return null;
        }
        // The text's own pronouns first; CoreNLP's name lists for a name they know as one sex only.
        if (doer.equals("actor")) {
            String sex = textGender.get();
            if ("FEMALE".equals(sex != null ? sex : FirstNames.sex(firstName))) {
                doer = "actress";
            }
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
                || verb > 0 && t.pos().equals("VBN") && tokens.get(verb - 1).lowerLemma().equals("have");
        if (!tensed) {
            return false;
        }
        return switch (t.lowerLemma()) {
            // Not "starred in Rovers' 3-1 win" or "starred in court".
            case "star", "co-star" -> verb + 1 < tokens.size()
                    && STARRING.contains(tokens.get(verb + 1).lowerWord())
                    && !objectIn(tokens, verb + 1, NOT_SHOWS);
            case "direct" -> directsAWork(tokens, verb);
            // Not "painted a bleak picture of", "painted slogans on the wall".
            case "paint" -> objectIn(tokens, verb, PAINTINGS);
            // Not "composed herself", "composed a letter".
            case "compose" -> objectIn(tokens, verb, MUSIC);
            default -> false;
        };
    }

    /** Whether the first noun within a few words after {@code k} is one of these. */
    private static boolean objectIn(List<Token> tokens, int k, Set<String> nouns) {
        for (int j = k + 1; j < tokens.size() && j <= k + OBJECT_REACH + 2; j++) {
            Token t = tokens.get(j);
            if (t.pos().startsWith("NN") && !t.isProperNoun()
                    && !(j + 1 < tokens.size() && tokens.get(j + 1).pos().startsWith("NN") && !tokens.get(j + 1).isProperNoun())) {
                return nouns.contains(t.lowerLemma());
            }
            if (t.word().equals(",") || t.word().equals(".") || t.isVerb()) {
                return false;
            }
        }
        return false;
    }

    /** "The film, directed by X": a work within a few words before the participle. */
    private static boolean workBefore(List<Token> tokens, int participle) {
        for (int k = participle - 1; k >= 0 && k >= participle - BACK_REACH; k--) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("NN") && DIRECTED.contains(t.lowerLemma())
                    && !(k + 1 < tokens.size() && tokens.get(k + 1).word().equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the object of "directed" at {@code verb} is a work: a title ("directed Tide"), or a noun phrase whose
     * head, a common noun, names one ("directed the school play"); not "the Tartu Film Festival" or "the series of
     * raids".
     */
    private static boolean directsAWork(List<Token> tokens, int verb) {
        // "directed The Harbour", "directed Tide": a title, not a named organisation or place.
        if (verb + 1 < tokens.size() && tokens.get(verb + 1).isCapitalised()
                && (tokens.get(verb + 1).word().equals("The") || tokens.get(verb + 1).ner().equals("O"))) {
            return true;
        }
        for (int k = verb + 1; k < tokens.size() && k <= verb + OBJECT_REACH; k++) {
            Token t = tokens.get(k);
            boolean head = t.pos().startsWith("NN")
                    && !(k + 1 < tokens.size() && tokens.get(k + 1).pos().startsWith("NN"));
            if (head) {
                return !t.isProperNoun() && DIRECTED.contains(t.lowerLemma())
                        && !(k + 1 < tokens.size() && tokens.get(k + 1).word().equals("of"));
            }
            if (t.word().equals(",") || t.word().equals(".") || t.isVerb()) {
                return false;
            }
        }
        return false;
    }
}
