package dev.news.summary.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the main event happens: places governed by "in"/"at" in sentences about the event
 * (the lead above all, then early sentences, or ones sharing words with the headline or naming a meeting),
 * named sites after "at" in the lead that the recogniser does not tag as places, or a dateline. A city
 * wins over the region or country written after it ("Nice, France").
 */
final class VenueExtractor {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "outside", "near");
    static final Set<String> SKIPPABLE = Set.of("the", "a", "an", "central", "northern", "southern",
            "eastern", "western", "north", "south", "east", "west", "downtown", "city", "town", "village", "of",
            "capital", "province", "state", "county", "region", "area", "suburb", "district", "port");
    /** Nouns and verbs that name a gathering or an incident, i.e. something that happens somewhere. */
    private static final Set<String> EVENT_LEMMAS = Set.of("talk", "meet", "meeting", "summit", "conference",
            "discussion", "negotiation", "hold", "host", "gather", "rally", "speech", "speak", "visit", "ceremony",
            "match", "game", "race", "tournament", "final", "concert", "festival", "trial", "hearing", "court",
            "attack", "explosion", "blast", "crash", "derail", "accident", "fire", "protest", "vote", "election",
            "announce", "launch", "open", "begin", "take", "occur", "happen", "win", "sign", "agree");
    private static final double THRESHOLD = 0.3;
    /** The lead sentence states where the main event happened; later sentences add background places. */
    private static final double POSITION_LEAD = 2.0;
    /** How many words ("the small coastal town of") may stand between "in" and the place. */
    private static final int MAX_SKIPPED = 6;
    /** A place the headline names too. */
    private static final double TITLE_BONUS = 1.5;
    /** A named site after "at" in the lead is as specific as a city; how many content sentences are read. */
    private static final double FACILITY_WEIGHT = 1.0;
    private static final int FACILITY_SENTENCES = 1;
    /** Prepositions that put an event at a site rather than in a region. */
    private static final Set<String> SITE_LOCATIVE = Set.of("at", "outside", "inside");
    /** Capitalised labels that open web stories but are not places. */
    private static final Set<String> PAGE_LABELS = Set.of("update", "updated", "breaking", "breaking news", "watch",
            "exclusive", "live", "video", "photos", "opinion", "analysis", "editorial", "review", "comment", "news");
    /** Capitals followed by a dash or colon and a capitalised word, optionally with region and agency. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}{3,}(?:[ .'-]\\p{Lu}{2,}){0,2})(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?"
                    + "\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|-|:)\\s+[\\p{Lu}\"]");

    Venue extract(ParsedArticle article) {
        Map<String, Double> score = new HashMap<>();
        Map<String, Mention> firstLocative = new HashMap<>();
        Set<String> titleLemmas = new java.util.HashSet<>();
        article.title().forEach(t -> titleLemmas.add(t.lemma().toLowerCase(Locale.ROOT)));
        int lead = article.leadSentence();
        Set<String> surnames = surnames(article);
        Mention previous = null;
        for (Mention m : article.contentMentions()) {
            if (!PlaceExtractor.PLACE_TYPES.contains(m.type())) {
                continue;
            }
            List<Token> tokens = article.sentences().get(m.sentence()).tokens();
            String key = PlaceExtractor.key(m.text());
            Mention before = previous;
            previous = m;
            // A one-word "place" that is also a person's surname here is the person ("Preston" of "Jane Preston").
            if (surnames.contains(key) || SKIPPABLE.contains(key)) {
                continue;
            }
            // "Nice, France": the region or country after a comma qualifies the place before it; the first one
            // is where it happened.
            if (before != null && qualifies(tokens, before, m)) {
                continue;
            }
            double typeWeight = switch (m.type()) {
                case "CITY", "LOCATION" -> 1.0;
                case "STATE_OR_PROVINCE" -> 0.7;
                default -> 0.5;
            };
            int offset = m.sentence() - lead;
            if (offset == 0 && m.firstToken() == 0 && isDateline(tokens, m)) {
                score.merge(key, 3.0 * typeWeight, Double::sum);
                firstLocative.putIfAbsent(key, m);
                continue;
            }
            if (!governedByLocative(tokens, m.firstToken())) {
                continue;
            }
            double position = offset == 0 ? POSITION_LEAD : offset <= 1 ? 1.0 : offset <= 4 ? 0.6 : 0.4;
            boolean eventful = false;
            for (Token t : tokens) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (EVENT_LEMMAS.contains(lemma) || (t.isVerb() && titleLemmas.contains(lemma))) {
                    eventful = true;
                    break;
                }
            }
            double s = typeWeight * position * (eventful ? 1.5 : 1.0);
            score.merge(key, s, Double::sum);
            firstLocative.putIfAbsent(key, m);
        }
        facilities(article, lead, score, firstLocative);
        Venue dateline = dateline(article);
        if (dateline != null) {
            return dateline;
        }
        // A headline that names the place ("... in X") confirms it as where the story happens.
        Set<String> titleWords = article.titleWords();
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (java.util.Arrays.stream(e.getKey().split("\\s+")).allMatch(titleWords::contains)) {
                e.setValue(e.getValue() * TITLE_BONUS);
            }
        }
        String best = null;
        double bestScore = THRESHOLD;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore || e.getValue() == bestScore && best != null
                    && firstLocative.get(e.getKey()).start() < firstLocative.get(best).start()) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == null) {
            return null;
        }
        Mention m = firstLocative.get(best);
        return new Venue(PlaceExtractor.clean(m.text()), m.evidence());
    }

    private static boolean qualifies(List<Token> tokens, Mention before, Mention m) {
        if (before.sentence() != m.sentence() || before.endToken() >= m.firstToken()
                || !tokens.get(before.endToken()).word().equals(",")) {
            return false;
        }
        for (int i = before.endToken() + 1; i < m.firstToken(); i++) {
            if (!SKIPPABLE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Named sites the recogniser does not tag as places: "at the Grand Arena", "at Oakwood Stadium". Only the
     * lead sentences, and only after "at" (or "outside", "inside"), which names a site rather than a region or an employer's field.
     */
    private static void facilities(ParsedArticle article, int lead, Map<String, Double> score,
                                   Map<String, Mention> firstLocative) {
        int seen = 0;
        for (Sentence s : article.sentences()) {
            if (article.debris().contains(s.index()) || s.index() < lead) {
                continue;
            }
            if (seen++ >= FACILITY_SENTENCES) {
                break;
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!SITE_LOCATIVE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int from = i + 1;
                if (tokens.get(from).word().equalsIgnoreCase("the") && from + 1 < tokens.size()) {
                    from++;
                }
                int end = from;
                while (end < tokens.size() && facilityWord(tokens.get(end))) {
                    end++;
                }
                // Trailing adjectives are not part of a name; a run of adjectives alone is no site.
                while (end > from && !tokens.get(end - 1).isProperNoun()) {
                    end--;
                }
                // Places the recogniser tagged are scored as places already; counting them again would let
                // any "at the <Place>" later in the lead outweigh the event's own place.
                boolean tagged = false;
                for (int k = from; k < end; k++) {
                    tagged |= PlaceExtractor.PLACE_TYPES.contains(tokens.get(k).ner());
                }
                if (end == from || tagged) {
                    continue;
                }
                StringBuilder name = new StringBuilder();
                for (int k = from; k < end; k++) {
                    if (name.length() > 0) {
                        name.append(' ');
                    }
                    name.append(tokens.get(k).word());
                }
                String key = PlaceExtractor.key(name.toString());
                double position = s.index() == lead ? POSITION_LEAD : 1.0;
                score.merge(key, FACILITY_WEIGHT * position, Double::sum);
                firstLocative.putIfAbsent(key, new Mention(name.toString(), "FACILITY", s.index(), from, end,
                        tokens.get(from).start(), tokens.get(end - 1).end(), null));
            }
        }
    }

    /** A capitalised name word (or national adjective) that is not a person, a date or a number. */
    private static boolean facilityWord(Token t) {
        return (t.isProperNoun() || t.pos().startsWith("JJ")) && Character.isUpperCase(t.word().charAt(0)) && !t.ner().equals("PERSON")
                && !t.ner().equals("DATE") && !t.ner().equals("TIME") && !t.ner().equals("NUMBER")
                && !t.ner().equals("TITLE");
    }

    /** Last words of multi-word person names, which the recogniser sometimes also tags as places. */
    static Set<String> surnames(ParsedArticle article) {
        Set<String> out = new java.util.HashSet<>();
        for (Mention m : article.contentMentions()) {
            if (m.type().equals("PERSON")) {
                String[] words = PlaceExtractor.key(m.text()).split("\\s+");
                if (words.length >= 2) {
                    out.add(words[words.length - 1]);
                }
            }
        }
        return out;
    }

    /** A place in capitals opening the story ("PLACE, Region (Agency) - ...") is where it was reported from. */
    private static Venue dateline(ParsedArticle article) {
        // Page debris often precedes the dateline in the same flattened line, so debris is searched too.
        int checked = 0;
        for (Sentence s : article.sentences()) {
            if (checked++ >= 3) {
                break;
            }
            Matcher m = DATELINE.matcher(s.text());
            while (m.find()) {
                String name = titleCase(m.group(1).strip());
                if (PAGE_LABELS.contains(name.toLowerCase(Locale.ROOT)) || s.tokens().isEmpty()) {
                    continue;
                }
                int base = s.tokens().get(0).normStart();
                int from = s.start();
                int end = s.start();
                boolean started = false;
                for (Token t : s.tokens()) {
                    if (!started && t.normEnd() - base > m.start(1)) {
                        from = t.start();
                        started = true;
                    }
                    if (t.normEnd() - base <= m.end(1)) {
                        end = t.end();
                    }
                }
                return new Venue(name, new Evidence(s.index(), from, end));
            }
        }
        return null;
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    private static boolean governedByLocative(List<Token> tokens, int first) {
        int i = first - 1;
        int skipped = 0;
        while (i >= 0 && skipped < MAX_SKIPPED) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(w)) {
                return true;
            }
            // "in the small coastal town of X", "in Country's X region"
            if (!SKIPPABLE.contains(w) && !t.pos().equals("JJ") && !t.pos().equals("NNP") && !t.pos().equals("POS")) {
                return false;
            }
            i--;
            skipped++;
        }
        return false;
    }

    /** "CITY - text" or "CITY, Country (Agency) -" at the very start of the article. */
    private static boolean isDateline(List<Token> tokens, Mention m) {
        int k = m.endToken();
        int guard = 0;
        while (k < tokens.size() && guard < 8) {
            String w = tokens.get(k).word();
            if (w.equals("-") || w.equals("--") || w.equals(":")) {
                return true;
            }
            if (!(w.equals(",") || w.equals("(") || w.equals(")") || tokens.get(k).isProperNoun())) {
                return false;
            }
            k++;
            guard++;
        }
        return false;
    }
}
