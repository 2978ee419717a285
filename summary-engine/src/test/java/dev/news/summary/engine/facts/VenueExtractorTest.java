package dev.news.summary.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.news.summary.engine.Evidence;
import dev.news.summary.engine.Venue;
import dev.news.summary.engine.text.HandTagged;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;

import org.junit.jupiter.api.Test;

/** How the chosen venue is named with the places the text puts it in, on hand-tagged sentences. */
class VenueExtractorTest {

    private final VenueExtractor extractor = new VenueExtractor(VenueWeights.defaults());

    /** The venue chosen at the first mention of its name in the first sentence, as the policy would give it. */
    private static Venue chosen(ParsedArticle a, String name) {
        var m = a.mentions().stream().filter(x -> x.text().equals(name)).findFirst().orElseThrow();
        return new Venue(name, m.evidence());
    }

    private String locatedName(String name, String... tagged) {
        ParsedArticle a = HandTagged.article(tagged);
        return extractor.located(a, chosen(a, name)).name();
    }

    private static String evidenceText(ParsedArticle a, Evidence e) {
        Sentence s = a.sentences().get(e.sentence());
        return s.text().substring(e.start() - s.start(), e.end() - s.start());
    }

    @Test
    void theVenueIsNamedWithThePlacesTheTextPutsItIn() {
        ParsedArticle a = HandTagged.article("The/DT final/NN was/VBD played/VBN at/IN the/DT Arlen/NNP/LOCATION "
                + "race/NN track/NN in/IN Tartu/NNP/CITY ,/, Norland/NNP/COUNTRY ./.");
        Venue located = extractor.located(a, chosen(a, "Arlen"));
        assertEquals("Arlen, Tartu, Norland", located.name());
        assertEquals("Arlen race track in Tartu , Norland", evidenceText(a, located.evidence()));
        assertEquals("Tartu, Norland", locatedName("Tartu",
                "Talks/NNS began/VBD in/IN Tartu/NNP/CITY in/IN northern/JJ Norland/NNP/COUNTRY ./."));
        assertEquals("Berwick, Arn", locatedName("Berwick",
                "Police/NNS said/VBD the/DT crash/NN happened/VBD in/IN Berwick/NNP/CITY ,/, Arn/NNP/STATE_OR_PROVINCE ./."));
        // A site named by its last word is held by its city.
        assertEquals("Harbour Square, Tartu", locatedName("Harbour Square",
                "Crowds/NNS met/VBD in/IN Harbour/NNP/LOCATION Square/NNP/LOCATION in/IN Tartu/NNP/CITY ./."));
    }

    @Test
    void aPlaceAfterTheVenueThatDoesNotHoldItStaysOut() {
        // A list of places of the same kind, and of larger ones, with or without a comma before "and".
        assertEquals("Tartu", locatedName("Tartu",
                "Talks/NNS were/VBD held/VBN in/IN Tartu/NNP/CITY ,/, Parnu/NNP/CITY and/CC Narva/NNP/CITY ./."));
        assertEquals("Tartu", locatedName("Tartu",
                "Fairs/NNS opened/VBD in/IN Tartu/NNP/CITY ,/, Norland/NNP/COUNTRY and/CC Arn/NNP/COUNTRY ./."));
        assertEquals("Tartu", locatedName("Tartu",
                "Flights/NNS to/TO Tartu/NNP/CITY ,/, Norland/NNP/COUNTRY ,/, Arn/NNP/COUNTRY and/CC "
                        + "Vell/NNP/COUNTRY stopped/VBD ./."));
        // The place modifies what is there, not a site: "Norland funds in Arn".
        assertEquals("Norland", locatedName("Norland",
                "Auditors/NNS found/VBD fraud/NN in/IN Norland/NNP/LOCATION funds/NNS in/IN the/DT "
                        + "Arn/NNP/COUNTRY region/NN ./."));
        // A part of a place is no container: "in the north of Y".
        assertEquals("Tartu", locatedName("Tartu",
                "Talks/NNS began/VBD in/IN Tartu/NNP/CITY in/IN the/DT north/NN of/IN Norland/NNP/COUNTRY ./."));
        // A city does not sit in a square, nor a country in another country.
        assertEquals("Tartu", locatedName("Tartu",
                "Crowds/NNS met/VBD in/IN Tartu/NNP/CITY in/IN Harbour/NNP/LOCATION Square/NNP/LOCATION ./."));
        assertEquals("Norland", locatedName("Norland",
                "The/DT war/NN waged/VBN by/IN Norland/NNP/COUNTRY in/IN Arn/NNP/COUNTRY went/VBD on/RP ./."));
    }

    @Test
    void theChosenMentionIsNamedNotALaterOneInAnotherStory() {
        ParsedArticle a = HandTagged.article(
                "The/DT fair/NN opened/VBD in/IN Berwick/NNP/CITY on/IN Monday/NNP/DATE ./.",
                "The/DT mayor/NN said/VBD the/DT hall/NN was/VBD full/JJ ./.",
                "The/DT mayor/NN ,/, who/WP grew/VBD up/RP in/IN Berwick/NNP/CITY ,/, Arn/NNP/STATE_OR_PROVINCE ,/, "
                        + "thanked/VBD the/DT builders/NNS ./.",
                "Next/JJ year/NN the/DT fair/NN returns/VBZ ./.");
        Venue located = extractor.located(a, chosen(a, "Berwick"));
        assertEquals("Berwick", located.name());
        assertEquals(0, located.evidence().sentence());
    }

    private java.util.List<String> candidateNames(String... tagged) {
        return extractor.candidates(HandTagged.article(tagged)).stream().map(VenueCandidate::name).toList();
    }

    @Test
    void anOrganisationAfterPeopleOrATimeAndAtIsWhereTheyWorkNotASite() {
        assertEquals(java.util.List.of(), candidateNames(
                "Engineers/NNS at/IN Norrlink/NNP/ORGANIZATION have/VBP built/VBN a/DT faster/JJR ferry/NN ./.",
                "He/PRP spent/VBD five/CD/DURATION months/NNS/DURATION at/IN Harbour/NNP/ORGANIZATION "
                        + "Rovers/NNPS/ORGANIZATION ./."));
        assertEquals(java.util.List.of("Harbour Rovers"), candidateNames(
                "Tide/NNP/ORGANIZATION lost/VBD 3-0/CD in/IN the/DT cup/NN replay/NN at/IN Harbour/NNP/ORGANIZATION "
                        + "Rovers/NNPS/ORGANIZATION on/IN Sunday/NNP/DATE ./."));
    }

    @Test
    void aNameWithItsYearIsAnOccasionNotASite() {
        assertEquals(java.util.List.of(), candidateNames(
                "He/PRP played/VBD for/IN Norland/NNP/COUNTRY at/IN Arlen/NNP/MISC 2004/CD/DATE ./."));
    }

    @Test
    void aMomentOrOnlookersBeforeAtLeaveTheGroundASite() {
        assertEquals(java.util.List.of("Harbour Rovers"), candidateNames(
                "Tide/NNP/ORGANIZATION lost/VBD 3-0/CD yesterday/NN/DATE at/IN Harbour/NNP/ORGANIZATION "
                        + "Rovers/NNPS/ORGANIZATION ./."));
        assertEquals(java.util.List.of("Harbour Rovers"), candidateNames(
                "Police/NNS arrested/VBD 20/CD fans/NNS at/IN Harbour/NNP/ORGANIZATION Rovers/NNPS/ORGANIZATION ./."));
        assertEquals(java.util.List.of(), candidateNames(
                "His/PRP$ time/NN at/IN Harbour/NNP/ORGANIZATION Rovers/NNPS/ORGANIZATION ended/VBD badly/RB ./."));
    }
}
