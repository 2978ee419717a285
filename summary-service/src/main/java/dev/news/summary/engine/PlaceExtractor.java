package dev.news.summary.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Groups location mentions into places, ranked by how often and how early they appear. */
final class PlaceExtractor {

    static final Set<String> PLACE_TYPES = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");
    private static final int MAX_EVIDENCE = 10;

    List<Place> extract(ParsedArticle article) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        Set<String> surnames = VenueExtractor.surnames(article);
        for (Mention m : article.contentMentions()) {
            if (!PLACE_TYPES.contains(m.type())) {
                continue;
            }
            String key = key(m.text());
            // A bare compass word split off "South London", or a person's surname tagged as a town, is no place.
            if (key.isEmpty() || surnames.contains(key) || VenueExtractor.SKIPPABLE.contains(key)) {
                continue;
            }
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            display.putIfAbsent(key, clean(m.text()));
        }
        List<Place> places = new ArrayList<>();
        Map<Place, Double> rank = new HashMap<>();
        for (Map.Entry<String, List<Mention>> e : byName.entrySet()) {
            List<Mention> ms = e.getValue();
            Map<String, Integer> types = new HashMap<>();
            ms.forEach(m -> types.merge(m.type(), 1, Integer::sum));
            String type = types.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            Place p = new Place(display.get(e.getKey()), type, ms.size(),
                    ms.stream().limit(MAX_EVIDENCE).map(Mention::evidence).toList());
            places.add(p);
            rank.put(p, ms.size() + 2.0 / (1.0 + ms.get(0).sentence()));
        }
        places.sort(Comparator.comparingDouble(p -> -rank.get(p)));
        return places;
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
