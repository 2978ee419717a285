package dev.news.summary.engine.facts;

import dev.news.summary.engine.Place;
import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups location mentions into places: first those that may be where the event happened (by the venue policy's
 * score), then the others by how often and how early they appear.
 */
public final class PlaceExtractor {

    private static final int MAX_EVIDENCE = 10;

    private final VenuePolicy policy;

    public PlaceExtractor(VenueWeights weights) {
        this.policy = new VenuePolicy(weights);
    }

    public List<Place> extract(ParsedArticle article, List<VenueCandidate> candidates) {
        Map<String, Double> eventScore = policy.totals(candidates);
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        PlaceNames names = new PlaceNames(article);
        for (Mention m : article.contentMentions()) {
            // A bare compass word split off "South London", or a person's surname tagged as a town, is no place.
            if (!names.isPlace(m)) {
                continue;
            }
            String name = PlaceNames.wholeName(article.sentences().get(m.sentence()).tokens(), m);
            String key = PlaceNames.key(name);
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            display.putIfAbsent(key, name);
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
            // Venue candidates first, by score; the rest after them by frequency and position.
            rank.put(p, 1_000.0 * eventScore.getOrDefault(e.getKey(), 0.0) + ms.size() + 2.0 / (1.0 + ms.get(0).sentence()));
        }
        places.sort(Comparator.comparingDouble(p -> -rank.get(p)));
        return places;
    }
}
