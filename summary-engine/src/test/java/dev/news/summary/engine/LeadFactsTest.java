package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Participants and venue read from the lead: its subject, its place, its site. Invented stories. */
class LeadFactsTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2022-05-16T08:00:00Z");

    private final SummaryEngine engine = SharedEngine.get();

    private Facts facts(String title, String text) {
        return engine.facts(new Document(title, text, PUBLISHED));
    }

    @Test
    void unnamedGroupThatLeadsTheStoryComesFirst() {
        Facts f = facts("Bus overturns on icy road",
                "At least four people were injured when a bus overturned on an icy road on Sunday morning. "
                        + "The bus was carrying 30 passengers. \"It was terrifying,\" said Marta Olsen, who was "
                        + "travelling to work. Marta Olsen said the driver had slowed down before the bend.");
        assertFalse(f.participants().isEmpty());
        Participant first = f.participants().get(0);
        assertEquals("GROUP", first.type());
        assertEquals("At least four people", first.name());
        assertTrue(first.central());
        assertTrue(f.participants().stream().anyMatch(p -> p.name().equals("Marta Olsen")));
    }

    @Test
    void occupationSubjectIsAGroupToo() {
        Facts f = facts("Delivery van hits shop front",
                "The courier, a 50-year-old man, was arrested after his van hit a shop front on Friday. "
                        + "Shop owner Peter Wall said nobody was inside.");
        assertEquals("GROUP", f.participants().get(0).type());
        assertEquals("The courier", f.participants().get(0).name());
    }

    @Test
    void personWhoActsInTheLeadOutranksThePersonInTheHeadline() {
        Facts f = facts("Award for Oskar Lindqvist questioned",
                "Former judge Helena Marsh has criticised the decision to give Oskar Lindqvist the national "
                        + "poetry award, calling the jury process secretive. Oskar Lindqvist declined to comment. "
                        + "Lindqvist won the award in March.");
        assertEquals("Helena Marsh", f.participants().get(0).name());
        assertEquals("PERSON", f.participants().get(0).type());
    }

    @Test
    void namedPersonInTheLeadKeepsAGroupSubjectOutOfFirstPlace() {
        Facts f = facts("Wage talks begin",
                "Union leaders have warned of strikes as Labour Minister Anna Berg began a new round of "
                        + "wage talks. Berg said progress was slow.");
        assertEquals("Anna Berg", f.participants().get(0).name());
    }

    @Test
    void leadPlaceBeatsBackgroundPlacesMentionedMoreOften() {
        Facts f = facts("Fire destroys warehouse",
                "A fire destroyed a warehouse in Leeds on Tuesday night. The company also runs depots in "
                        + "Manchester. Its Manchester depot opened last year, and a third site in Manchester is "
                        + "planned. Staff in Manchester were not affected.");
        assertNotNull(f.venue());
        assertEquals("Leeds", f.venue().name());
    }

    @Test
    void cityWinsOverTheCountryWrittenAfterIt() {
        Facts f = facts("Storm damages harbour",
                "A storm damaged dozens of boats in Bergen, Norway, on Monday. Ferries in Norway were "
                        + "cancelled. Schools in Norway stayed closed. Norway expects more storms this winter.");
        assertNotNull(f.venue());
        // The city is the venue; the country the text writes after it names where the city is.
        assertEquals("Bergen, Norway", f.venue().name());
    }

    @Test
    void namedSiteAfterAtInTheLeadIsTheVenue() {
        Facts f = facts("Singer cancels show",
                "The singer cancelled her concert at the Harbourside Pavilion hours before it was due to start. "
                        + "She had played two nights in Glasgow and one in Edinburgh earlier in the week.");
        assertNotNull(f.venue());
        assertTrue(f.venue().name().contains("Harbourside"), f.venue().name());
    }

    @Test
    void surnameIsNotAPlace() {
        Facts f = facts("Racer wins again",
                "Driver Ella Preston won the race in Austin on Sunday. Preston said the car was perfect. "
                        + "Preston now leads the championship.");
        assertTrue(f.places().stream().noneMatch(p -> p.name().equals("Preston")), f.places().toString());
        assertEquals("Austin", f.venue().name());
    }
}
