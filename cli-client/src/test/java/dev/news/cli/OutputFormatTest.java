package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

class OutputFormatTest {

    @TempDir
    Path home;

    private StubServer summaries;

    @BeforeEach
    void start() {
        summaries = StubServer.start()
                .on("GET", "/summaries/42", 200, "summary-42.json")
                .on("GET", "/facts/42", 200, "facts-42.json");
    }

    @AfterEach
    void stop() {
        summaries.close();
    }

    private Cli.Result news(Environment environment, String... args) {
        return Cli.run(environment, args);
    }

    private Environment plain() {
        return Environment.of(Map.of("NEWS_SUMMARY_URL", summaries.url()), home);
    }

    @Test
    void textShowsTitleSentencesAndFactsTable() {
        Cli.Result result = news(plain(), "summary", "42");

        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        assertTrue(out.startsWith("Syrian deal unlikely as US and Russian officials meet for talks\n"), out);
        assertTrue(out.contains("  1. Senior US officials have played down"), out);
        assertTrue(out.contains("  2. The talks between Kerry"), out);
        assertTrue(out.contains("Key facts"), out);
        assertTrue(out.matches("(?s).*FACT\\s+NAME\\s+DETAILS.*"), out);
        assertTrue(out.matches("(?s).*participant\\*\\s+John Kerry\\s+US Secretary of State.*"), out);
        assertTrue(out.matches("(?s).*participant\\*\\s+Sergey Lavrov\\s+Russian Foreign Minister.*"), out);
        assertTrue(out.matches("(?s).*venue\\s+Geneva.*"), out);
        assertTrue(out.matches("(?s).*place\\s+Syria.*"), out);
        assertTrue(out.matches("(?s).*organisation\\s+United Nations.*"), out);
        assertTrue(out.matches("(?s).*date\\s+Friday\\s+2016-09-09.*"), out);
        assertTrue(out.matches("(?s).*figure\\s+more than five years\\s+5; years of war.*"), out);
        assertFalse(out.contains("\u001b["), "no colour when not on a terminal");
        assertEquals("", result.err());
    }

    @Test
    void textIsWrappedToTheTerminal() {
        Environment narrow = plain().withTerminal(true).withTerminalSize(50, 24);

        Cli.Result result = news(narrow, "summary", "42");

        assertEquals(0, result.exitCode(), result::toString);
        for (String line : result.out().split("\n")) {
            assertTrue(DisplayWidth.of(line.replaceAll("\u001b\\[[0-9;]*m", "")) <= 50, () -> "too long: " + line);
        }
    }

    @Test
    void lengthOptionIsSentAsQuery() {
        assertEquals(0, news(plain(), "summary", "42", "--sentences", "2").exitCode());
        assertEquals("sentences=2", summaries.requests().get(0).query());
        assertEquals(0, news(plain(), "summary", "42", "--ratio=0.25").exitCode());
        assertEquals("ratio=0.25", summaries.requests().get(1).query());
        assertEquals(0, news(plain(), "summary", "42", "--words", "60").exitCode());
        assertEquals("words=60", summaries.requests().get(2).query());
        assertEquals("no-cache", summaries.requests().get(2).header("Cache-Control"), "the service checks the article now");
    }

    @Test
    void jsonParsesBackWithTheServiceFields() throws Exception {
        Cli.Result result = news(plain(), "summary", "42", "-o", "json");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertEquals(42, document.path("articleId").asInt());
        assertEquals("John Kerry", document.path("facts").path("participants").get(0).path("name").asText());
        assertEquals(2, document.path("summary").size());
        assertEquals("may add fields", document.path("facts").path("somethingNew").path("the engine").asText());
        assertTrue(result.out().indexOf("\"articleId\"") < result.out().indexOf("\"title\""), "keys sorted");
    }

    @Test
    void yamlParsesBackWithTheServiceFields() throws Exception {
        Cli.Result result = news(plain(), "facts", "42", "--output=yaml");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode document = new YAMLMapper().readTree(result.out());
        assertEquals(42, document.path("articleId").asInt());
        assertEquals("US Secretary of State",
                document.path("facts").path("participants").get(0).path("role").asText());
        assertTrue(document.path("facts").path("venue").isNull());
    }

    @Test
    void factsTextHasTheTable() {
        Cli.Result result = news(plain(), "facts", "42");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().matches("(?s).*place\\s+Geneva\\s+CITY; 2 mentions.*"), result.out());
    }

    @Test
    void colourOnATerminal() {
        Cli.Result result = news(plain().withTerminal(true), "summary", "42");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("\u001b[1m"), result.out());
    }

    @Test
    void noColorTurnsColourOff() {
        Environment noColor = Environment.of(Map.of("NEWS_SUMMARY_URL", summaries.url(), "NO_COLOR", "1"), home)
                .withTerminal(true);

        Cli.Result result = news(noColor, "summary", "42");

        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.out().contains("\u001b["), result.out());
    }

    @Test
    void noColorFlagTurnsColourOff() {
        Cli.Result result = news(plain().withTerminal(true), "summary", "42", "--no-color");

        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.out().contains("\u001b["), result.out());
    }
}
