package dev.news.summary.engine.facts;

/**
 * Every weight of the venue decision in one place, so that the evaluation can sweep them. A candidate's score is
 * its kind's weight x its position's weight x the place's specificity, multiplied by {@code subordinate} outside the
 * main clause, {@code eventful} in a sentence that speaks of an event, {@code title} when the headline names it and
 * {@code othersClause} in a clause about another person than the lead's actor;
 * scores of one place add up, and the best must reach {@code threshold} (a wrong venue is worse than none).
 */
public record VenueWeights(
        /** A place after "in", "at", "near". */
        double locative,
        /** A place written as the modifier of an event noun ("the X talks"): the text says that is where it was. */
        double eventModifier,
        /** A named site after "at" in the lead sentences. */
        double site,
        /** A dateline's place; it stands for where the story was reported from. */
        double dateline,
        /** A named event whose name holds a nationality ("the Norlandian Open"). */
        double namedEvent,
        /** Position: the lead sentence, the next one, the next three, later ones. */
        double lead, double second, double early, double late,
        /** Outside the main clause (relative clause, participle phrase, quotation, another time). */
        double subordinate,
        /** In a sentence that names a gathering or an incident. */
        double eventful,
        /** Named by the headline too. */
        double title,
        /** In a clause whose subject is a named person other than the lead's actor. */
        double othersClause,
        /** Least score a venue needs. */
        double threshold,
        /** How many sentences after the lead may give a city or site that refines a country or region chosen. */
        int refineReach) {

    public static VenueWeights defaults() {
        return new VenueWeights(1.0, 1.5, 1.0, 1.0, 1.0, 2.0, 1.0, 0.5, 0.25, 0.2, 1.5, 1.5, 0.4, 0.7, 2);
    }

    double position(int fromLead) {
        return fromLead <= 0 ? lead : fromLead == 1 ? second : fromLead <= 4 ? early : late;
    }

    double kind(VenueCandidate.Kind kind) {
        return switch (kind) {
            case LOCATIVE -> locative;
            case EVENT_MODIFIER -> eventModifier;
            case SITE -> site;
            case DATELINE -> dateline;
            case NAMED_EVENT -> namedEvent;
        };
    }
}
