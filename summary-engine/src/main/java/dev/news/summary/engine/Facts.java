package dev.news.summary.engine;

import java.util.List;

/** Key facts of an article: who, where, which organisations, when and how many. */
public record Facts(List<Participant> participants, Venue venue, List<Place> places,
                    List<Organization> organizations, List<DateFact> dates, List<Figure> figures) {
    public Facts {
        participants = List.copyOf(participants);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
        dates = List.copyOf(dates);
        figures = List.copyOf(figures);
    }

    /** Facts of a text that says nothing extractable. */
    public static Facts empty() {
        return new Facts(List.of(), null, List.of(), List.of(), List.of(), List.of());
    }
}
