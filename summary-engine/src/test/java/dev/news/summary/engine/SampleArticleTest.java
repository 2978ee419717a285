package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleArticleTest {

    private static Document document;
    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws IOException {
        String raw = Files.readString(Path.of("../samples/syria-talks-geneva.txt"), StandardCharsets.UTF_8);
        int firstBreak = raw.indexOf('\n');
        document = new Document(raw.substring(0, firstBreak).strip(), raw.substring(firstBreak + 1).strip(),
                OffsetDateTime.parse("2016-09-09T08:00:00Z"));
        analysis = SharedEngine.get().summarize(document, new Length.Ratio(1.0));
    }

    @Test
    void summaryHasNoDebris() {
        for (SummarySentence s : analysis.summary()) {
            assertFalse(s.text().contains("Picture: Getty"), s.text());
            assertFalse(s.text().contains("Sign up to our daily newsletter"), s.text());
            assertFalse(s.text().contains("The i newsletter cut through the noise"), s.text());
            assertEquals(document.text().substring(s.start(), s.end()).replace('\u2019', '\''), s.text());
        }
        assertTrue(analysis.summary().size() >= 10);
    }

    @Test
    void defaultSummaryIsThreeSentencesFromTheLead() {
        var summary = SharedEngine.get().summarize(document, new Length.Sentences(3)).summary();
        assertEquals(3, summary.size());
        assertEquals(0, summary.get(0).index());
    }

    @Test
    void participantsCarryRoles() {
        Facts f = analysis.facts();
        Participant kerry = f.participants().stream().filter(p -> p.name().equals("John Kerry")).findFirst()
                .orElseThrow();
        assertTrue(kerry.role().contains("Secretary of State"), kerry.role());
        Participant lavrov = f.participants().stream().filter(p -> p.name().equals("Sergey Lavrov")).findFirst()
                .orElseThrow();
        assertTrue(lavrov.role().contains("Foreign Minister"), lavrov.role());
        assertEquals("John Kerry", f.participants().get(0).name());
        assertTrue(kerry.mentions() >= 5);
    }

    @Test
    void venueIsGenevaAndAleppoIsOnlyAPlace() {
        Facts f = analysis.facts();
        assertNotNull(f.venue());
        assertEquals("Geneva", f.venue().name());
        assertTrue(f.places().stream().anyMatch(p -> p.name().equals("Aleppo")));
    }

    @Test
    void datesAndFiguresAreFound() {
        Facts f = analysis.facts();
        assertTrue(f.dates().stream().anyMatch(d -> "2016-08-26".equals(d.value())), f.dates().toString());
        assertTrue(f.figures().stream().anyMatch(x -> "deaths".equals(x.counts()) && x.value() == 500000.0));
        assertTrue(f.figures().stream().anyMatch(x -> "children".equals(x.counts()) && x.value() == 160.0));
    }
}
