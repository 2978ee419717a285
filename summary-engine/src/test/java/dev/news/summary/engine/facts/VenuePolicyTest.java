package dev.news.summary.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.news.summary.engine.Evidence;
import dev.news.summary.engine.Venue;
import dev.news.summary.engine.text.HandTagged;
import dev.news.summary.engine.text.ParsedArticle;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The venue decision on hand-made candidates and hand-tagged sentences: no models are loaded. */
class VenuePolicyTest {

    private final VenuePolicy policy = new VenuePolicy(VenueWeights.defaults());
    private final VenueExtractor extractor = new VenueExtractor(VenueWeights.defaults());

    private static VenueCandidate candidate(String name, VenueCandidate.Kind kind, int fromLead, boolean main,
                                            double specificity) {
        return new VenueCandidate(name, kind, fromLead, main, true, false, specificity, false, new Evidence(fromLead, 0, 1));
    }

    @Test
    void aPlaceInTheLeadsMainClauseWins() {
        Venue v = policy.choose(List.of(
                candidate("Arlen", VenueCandidate.Kind.LOCATIVE, 0, true, 1.0),
                candidate("Berwick", VenueCandidate.Kind.LOCATIVE, 6, true, 1.0)));
        assertEquals("Arlen", v.name());
    }

    @Test
    void theHeadlineNamesAPlaceOnlyWhenNoNameFollowsItThere() {
        String story = "Fans/NNS cheered/VBD in/IN Tartu/NNP/CITY ./.";
        assertTrue(headlineNames("Fans/NNS cheer/VBP in/IN Tartu/NNP", story));
        // "Tartu Rovers" is a team's name that opens with the place.
        assertFalse(headlineNames("Tartu/NNP Rovers/NNP sign/VBP a/DT goalkeeper/NN", story));
    }

    private boolean headlineNames(String title, String sentence) {
        ParsedArticle a = HandTagged.article(sentence);
        ParsedArticle titled = new ParsedArticle(a.sentences(), a.mentions(), a.debris(),
                HandTagged.sentence(0, title).tokens(), null, null);
        return extractor.candidates(titled).get(0).inTitle();
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

    @Test
    void aPlaceThatLocatesASeatIsNoVenue() {
        ParsedArticle mp = HandTagged.article("Ada/NNP/PERSON Moor/NNP/PERSON ,/, 58/CD ,/, MP/NNP for/IN Arlen/NNP/CITY "
                + "in/IN Norshire/NNP/STATE_OR_PROVINCE ,/, resigned/VBD ./.");
        assertNull(extractor.extract(mp));
        ParsedArticle seat = HandTagged.article("She/PRP was/VBD due/JJ to/TO stand/VB in/IN the/DT Arlen/NNP/CITY seat/NN "
                + "in/IN Norshire/NNP/STATE_OR_PROVINCE ./.");
        assertNull(extractor.extract(seat));
    }

    @Test
    void aPlaceInAnotherPersonsClauseLosesToTheActorsOwn() {
        ParsedArticle a = HandTagged.article(
                "Jo/NNP/PERSON Park/NNP/PERSON appealed/VBD for/IN the/DT release/NN of/IN a/DT nurse/NN ./.",
                "Kim/NNP/PERSON Lee/NNP/PERSON ,/, 59/CD ,/, was/VBD abducted/VBN in/IN Carden/NNP/CITY ./.",
                "Park/NNP/PERSON spoke/VBD at/IN a/DT conference/NN in/IN Berwick/NNP/CITY ./.");
        assertEquals("Berwick", extractor.extract(a).name());
    }

    @Test
    void thePlaceOfAnEventDatedToAPastYearIsNoVenue() {
        ParsedArticle a = HandTagged.article(
                "Managers/NNS face/VBP trial/NN over/IN the/DT Arlen/NNP/CITY rail/NN crash/NN in/IN 2000/CD/DATE ./.");
        assertNull(extractor.extract(a));
        ParsedArticle today = HandTagged.article(
                "Managers/NNS face/VBP questions/NNS over/IN the/DT Arlen/NNP/CITY rail/NN crash/NN ./.");
        assertEquals("Arlen", extractor.extract(today).name());
    }

    @Test
    void theBuildingThatHostsAnEventIsTheVenue() {
        ParsedArticle untagged = HandTagged.article("Ada/NNP/PERSON Moor/NNP/PERSON was/VBD made/VBN a/DT peer/NN during/IN "
                + "a/DT ceremony/NN in/IN the/DT Hall/NNP of/IN Guilds/NNPS ./.");
        assertEquals("Hall of Guilds", extractor.extract(untagged).name());
        ParsedArticle institution = HandTagged.article("A/DT hearing/NN at/IN the/DT Arlen/NNP/ORGANIZATION "
                + "Court/NNP/ORGANIZATION opened/VBD ./.");
        assertEquals("Arlen Court", extractor.extract(institution).name());
    }
}
