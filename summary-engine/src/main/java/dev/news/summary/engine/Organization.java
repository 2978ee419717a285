package dev.news.summary.engine;

import java.util.List;

/** An organisation mentioned in the article. */
public record Organization(String name, int mentions, List<Evidence> evidence) {
    public Organization {
        evidence = List.copyOf(evidence);
    }
}
