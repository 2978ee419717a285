package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactsTest {

    /** Invented story; published on Friday 2021-03-12. */
    private static final String STORY = """
            French Foreign Minister Claire Dubois held talks with German Finance Minister Paul Becker in Vienna on \
            Tuesday about a joint energy fund.

            Dubois said the fund would support 1,200 workers in the border regions. Becker, who arrived yesterday, \
            said a deal was close.

            Fighting near Kharkiv has displaced 3,000 families, officials said on 4 March.

            Dubois and Becker will travel to Lisbon later this year. The ministers first met in Rome in 2019.
            """;

    private final SummaryEngine engine = SharedEngine.get();

    private Facts facts() {
        return engine.facts(new Document("Ministers hold energy talks in Vienna", STORY,
                OffsetDateTime.parse("2021-03-12T09:30:00+01:00")));
    }

    private static Optional<Participant> participant(Facts f, String surname) {
        return f.participants().stream().filter(p -> p.name().contains(surname)).findFirst();
    }

    @Test
    void mergesShortAndFullNamesAndReadsRoles() {
        Facts f = facts();
        Participant dubois = participant(f, "Dubois").orElseThrow();
        assertEquals("Claire Dubois", dubois.name());
        assertEquals("PERSON", dubois.type());
        assertTrue(dubois.mentions() >= 3, "mentions " + dubois.mentions());
        assertTrue(dubois.role().contains("Foreign Minister"), dubois.role());
        assertEquals("French", dubois.affiliation());
        assertTrue(dubois.central());
        Participant becker = participant(f, "Becker").orElseThrow();
        assertEquals("Paul Becker", becker.name());
        assertTrue(becker.role().contains("Finance Minister"), becker.role());
        assertEquals(1, f.participants().stream().filter(p -> p.name().contains("Becker")).count());
        assertTrue(f.participants().get(0).name().equals("Claire Dubois")
                || f.participants().get(0).name().equals("Paul Becker"));
        assertFalse(dubois.evidence().isEmpty());
        Evidence first = dubois.evidence().get(0);
        assertEquals("Claire Dubois", STORY.substring(first.start(), first.end()));
    }

    @Test
    void venueIsWhereTheEventHappensNotEveryPlace() {
        Facts f = facts();
        assertNotNull(f.venue());
        assertEquals("Vienna", f.venue().name());
        assertTrue(f.places().stream().anyMatch(p -> p.name().equals("Kharkiv")));
        assertEquals("Vienna", STORY.substring(f.venue().evidence().start(), f.venue().evidence().end()));
    }

    @Test
    void noVenueWhenTheTextDoesNotSayWhere() {
        Facts f = engine.facts(new Document("Prices rise",
                "Consumer prices rose sharply last month, the statistics office said. Economists expect a slowdown.",
                null));
        assertEquals(null, f.venue());
    }

    @Test
    void datesAreResolvedAgainstThePublicationDate() {
        Facts f = facts();
        assertTrue(f.dates().stream().anyMatch(d -> d.text().equals("Tuesday") && "2021-03-09".equals(d.value())),
                f.dates().toString());
        assertTrue(f.dates().stream().anyMatch(d -> d.text().equals("yesterday") && "2021-03-11".equals(d.value())),
                f.dates().toString());
        assertTrue(f.dates().stream().anyMatch(d -> d.text().contains("4 March") && "2021-03-04".equals(d.value())),
                f.dates().toString());
    }

    @Test
    void figuresSayWhatTheyCount() {
        Facts f = facts();
        Figure workers = f.figures().stream().filter(x -> "workers".equals(x.counts())).findFirst().orElseThrow();
        assertEquals(1200.0, workers.value());
        assertEquals("1,200 workers", workers.text());
        assertEquals("1,200 workers", STORY.substring(workers.evidence().start(), workers.evidence().end()));
        assertTrue(f.figures().stream().anyMatch(x -> "families".equals(x.counts()) && x.value() == 3000.0));
    }

    @Test
    void organisationActsWhenNoPersonDoes() {
        Facts f = engine.facts(new Document("Carmaker recalls vehicles",
                "Toyota recalled 40,000 vehicles in Canada on Monday because of a faulty brake sensor. "
                        + "The company said no injuries had been reported.",
                OffsetDateTime.parse("2020-06-10T12:00:00Z")));
        assertFalse(f.participants().isEmpty());
        assertEquals("Toyota", f.participants().get(0).name());
        assertEquals("ORGANIZATION", f.participants().get(0).type());
    }
}
