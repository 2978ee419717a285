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
 * (early sentences, or ones sharing words with the headline or naming a meeting), or a dateline.
 */
final class VenueExtractor {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "outside", "near");
    private static final Set<String> SKIPPABLE = Set.of("the", "a", "an", "central", "northern", "southern",
            "eastern", "western", "north", "south", "east", "west", "downtown", "city", "town", "village", "of",
            "capital", "province", "state", "county", "region", "area", "suburb", "district", "port");
    /** Nouns and verbs that name a gathering or an incident, i.e. something that happens somewhere. */
    private static final Set<String> EVENT_LEMMAS = Set.of("talk", "meet", "meeting", "summit", "conference",
            "discussion", "negotiation", "hold", "host", "gather", "rally", "speech", "speak", "visit", "ceremony",
            "match", "game", "race", "tournament", "final", "concert", "festival", "trial", "hearing", "court",
            "attack", "explosion", "blast", "crash", "derail", "accident", "fire", "protest", "vote", "election",
            "announce", "launch", "open", "begin", "take", "occur", "happen", "win", "sign", "agree");
    private static final double THRESHOLD = 0.3;
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
        for (Mention m : article.contentMentions()) {
            if (!PlaceExtractor.PLACE_TYPES.contains(m.type())) {
                continue;
            }
            List<Token> tokens = article.sentences().get(m.sentence()).tokens();
            String key = PlaceExtractor.key(m.text());
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
            double position = offset <= 1 ? 1.0 : offset <= 4 ? 0.6 : 0.4;
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
        Venue dateline = dateline(article);
        if (dateline != null) {
            return dateline;
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
        while (i >= 0 && skipped < 4) {
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(w)) {
                return true;
            }
            if (!SKIPPABLE.contains(w) && !t.pos().equals("JJ") && !t.pos().equals("NNP")) {
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
