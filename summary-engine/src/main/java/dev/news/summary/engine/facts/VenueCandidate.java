package dev.news.summary.engine.facts;

import dev.news.summary.engine.Evidence;

/**
 * A place that may be where the main event happened, with what the policy weighs: how it was found, how far from
 * the lead, whether it stands in the main clause, whether its sentence speaks of an event, whether the headline
 * names it, how specific the place kind is, and whether its clause is about another person than the lead's actor
 * ("X appealed for Y ... Y was abducted in Z": Z is where Y's story happened, not X's).
 */
public record VenueCandidate(String name, Kind kind, int fromLead, boolean mainClause, boolean eventful, boolean inTitle,
                             double specificity, boolean othersClause, Evidence evidence) {

    /** How the candidate was found. */
    enum Kind {
        /** After "in", "at", "near" ("talks in X"). */
        LOCATIVE,
        /** Naming an event's place as a modifier ("the X talks", "a X news conference"). */
        EVENT_MODIFIER,
        /** A named site after "at" that the recogniser does not tag as a place ("at the X Arena"). */
        SITE,
        /** The place of a dateline opening the text ("X, May 4 (Agency) -"). */
        DATELINE,
        /**
         * A named event whose name says where it is held ("the Norlandian Open", "Sunday's Norlandian Marathon"): the
         * event is where the story happens when the text names no more precise place.
         */
        NAMED_EVENT
    }

    String key() {
        return PlaceNames.key(name);
    }
}
