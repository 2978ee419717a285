package dev.news.summary.engine;

import java.util.List;

/** A place mentioned in the article (CITY, COUNTRY, STATE_OR_PROVINCE or LOCATION). */
public record Place(String name, String type, int mentions, List<Evidence> evidence) {
    public Place {
        evidence = List.copyOf(evidence);
    }
}
