package dev.news.summary.engine.facts;

import dev.news.summary.engine.Venue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chooses the venue among the candidates with the weights of {@link VenueWeights}, or none when no place is clear. */
final class VenuePolicy {

    private final VenueWeights weights;

    VenuePolicy(VenueWeights weights) {
        this.weights = weights;
    }

    double score(VenueCandidate c) {
        double s = weights.kind(c.kind()) * weights.position(c.fromLead()) * c.specificity();
        if (!c.mainClause()) {
            s *= weights.subordinate();
        }
        if (c.eventful()) {
            s *= weights.eventful();
        }
        if (c.inTitle()) {
            s *= weights.title();
        }
        if (c.othersClause()) {
            s *= weights.othersClause();
        }
        return s;
    }

    /** Each place's summed score, by place key, in the order the places were first proposed. */
    Map<String, Double> totals(List<VenueCandidate> candidates) {
        Map<String, Double> total = new LinkedHashMap<>();
        for (VenueCandidate c : candidates) {
            total.merge(c.key(), score(c), Double::sum);
        }
        return total;
    }

    Venue choose(List<VenueCandidate> candidates) {
        Map<String, Double> total = totals(candidates);
        Map<String, VenueCandidate> first = new LinkedHashMap<>();
        for (VenueCandidate c : candidates) {
            first.merge(c.key(), c, (a, b) -> best(a, b));
        }
        String best = null;
        String bestPlace = null;
        for (Map.Entry<String, Double> e : total.entrySet()) {
            if (e.getValue() < weights.threshold()) {
                continue;
            }
            if (best == null || e.getValue() > total.get(best)) {
                best = e.getKey();
            }
            if (first.get(e.getKey()).kind() != VenueCandidate.Kind.NAMED_EVENT
                    && (bestPlace == null || e.getValue() > total.get(bestPlace))) {
                bestPlace = e.getKey();
            }
        }
        // A named event ("the Norlandian Open") is where the story happens only when the text gives no place clear
        // enough to be the venue: the place it is held in says more.
        if (bestPlace != null) {
            best = bestPlace;
        }
        if (best == null) {
            return null;
        }
        VenueCandidate c = first.get(best);
        // "a city in north X" then "in Y": a country or region is refined by a city or site the next sentences
        // give in their main clause.
        if (c.specificity() < 1.0) {
            VenueCandidate refinement = null;
            for (VenueCandidate other : candidates) {
                if (other.specificity() >= 1.0 && other.mainClause() && other.fromLead() <= weights.refineReach()
                        && other.kind() != VenueCandidate.Kind.NAMED_EVENT
                        && (refinement == null || total.get(other.key()) > total.get(refinement.key()))) {
                    refinement = other;
                }
            }
            if (refinement != null) {
                c = first.get(refinement.key());
            }
        }
        return new Venue(c.name(), c.evidence());
    }

    /** The mention to show for a place: the one that scored most, the earlier on a tie. */
    private VenueCandidate best(VenueCandidate a, VenueCandidate b) {
        return score(b) > score(a) ? b : a;
    }
}
