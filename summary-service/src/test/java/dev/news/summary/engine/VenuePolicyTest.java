package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The venue decision on hand-made candidates and hand-tagged sentences: no models are loaded. */
class VenuePolicyTest {

    private final VenuePolicy policy = new VenuePolicy(VenueWeights.defaults());
    private final VenueExtractor extractor = new VenueExtractor(VenueWeights.defaults());

    private static VenueCandidate candidate(String name, VenueCandidate.Kind kind, int fromLead, boolean main,
                                            double specificity) {
        return new VenueCandidate(name, kind, fromLead, main, true, false, specificity, new Evidence(fromLead, 0, 1));
    }

    @Test
    void aPlaceInTheLeadsMainClauseWins() {
        Venue v = policy.choose(List.of(
                candidate("Arlen", VenueCandidate.Kind.LOCATIVE, 0, true, 1.0),
                candidate("Berwick", VenueCandidate.Kind.LOCATIVE, 6, true, 1.0)));
        assertEquals("Arlen", v.name());
    }

    @Test
    void aPlaceOnlyInABackgroundClauseIsNoVenue() {
        assertNull(policy.choose(List.of(candidate("Arlen", VenueCandidate.Kind.LOCATIVE, 0, false, 1.0))));
    }

    @Test
    void aCityInTheNextSentenceRefinesACountryInTheLead() {
        Venue v = policy.choose(List.of(
                candidate("Norland", VenueCandidate.Kind.LOCATIVE, 0, true, 0.5),
                candidate("Arlen", VenueCandidate.Kind.LOCATIVE, 1, true, 1.0)));
        assertEquals("Arlen", v.name());
    }

    @Test
    void aPlaceNamedForAnotherReasonIsNotTheVenue() {
        // "Officials from Arlen met in Berwick, where the minister, born in Carden, spoke."
        ParsedArticle a = HandTagged.article(
                "Officials/NNS met/VBD in/IN Berwick/NNP/CITY ,/, where/WRB the/DT minister/NN ,/, born/VBN in/IN "
                        + "Carden/NNP/CITY ,/, spoke/VBD ./.");
        assertEquals("Berwick", extractor.extract(a).name());
        ParsedArticle kidnapped = HandTagged.article(
                "Jo/NNP/PERSON Park/NNP/PERSON appealed/VBD for/IN the/DT release/NN of/IN a/DT nurse/NN ,/, "
                        + "kidnapped/VBD in/IN Carden/NNP/CITY ./.");
        assertNull(extractor.extract(kidnapped));
    }

    @Test
    void aPlaceModifyingAnEventNounIsWhereTheEventWas() {
        ParsedArticle a = HandTagged.article(
                "The/DT Berwick/NNP/CITY talks/NNS covered/VBD trade/NN ./.");
        assertEquals("Berwick", extractor.extract(a).name());
    }

    @Test
    void aPlaceThatNamesWhatANounIsIsNoVenue() {
        ParsedArticle a = HandTagged.article(
                "She/PRP was/VBD due/JJ to/TO stand/VB in/IN the/DT Arlen/NNP/CITY seat/NN ./.");
        assertNull(extractor.extract(a));
    }

    @Test
    void aLandmarkKeepsItsWholeName() {
        ParsedArticle a = HandTagged.article(
                "Crowds/NNS gathered/VBD outside/IN Halvorsen/NNP/PERSON Tower/NNP/LOCATION on/IN Friday/NNP/DATE ./.");
        assertEquals("Halvorsen Tower", extractor.extract(a).name());
    }
}
