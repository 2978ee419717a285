package dev.news.summary.engine;

import java.util.List;

/**
 * A person, organisation, country or unnamed group (type GROUP: "Police", "Three men") taking part in the
 * reported event; central ones rank first. {@code roleEvidence} is the sentence that states the role (null without
 * a role).
 */
public record Participant(String name, String type, String role, String affiliation, Evidence roleEvidence,
                          int mentions, boolean central, List<Evidence> evidence) {
    public Participant {
        evidence = List.copyOf(evidence);
    }
}
