package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long output through a pager on a terminal; tables that say what their marks mean and repeat nothing. */
class LongOutputTest {

    private static final String FACTS = "{\"articleId\":7,\"title\":\"Budget\",\"facts\":{"
            + "\"participants\":[{\"name\":\"Rishi Sunak\",\"role\":\"Chancellor\",\"central\":true,\"mentions\":3},"
            + "{\"name\":\"Rishi Sunak\",\"affiliation\":\"Treasury\",\"central\":false}],"
            + "\"places\":[{\"name\":\"London\",\"type\":\"CITY\"},{\"name\":\"london\",\"type\":\"CITY\",\"mentions\":2}],"
            + "\"dates\":[{\"text\":\"Friday\",\"value\":\"2020-03-13\"},{\"text\":\"Friday\",\"value\":\"2020-03-13\"}],"
            + "\"figures\":[{\"text\":\"\u00a3600m\",\"value\":6.0E8,\"counts\":\"for flood defences\"},"
            + "{\"text\":\"two years\",\"value\":2.0,\"counts\":null}]}}";

    @TempDir
    Path home;

    private StubServer services;

    @BeforeEach
    void start() {
        services = StubServer.start()
                .on("GET", "/summaries/42", 200, "summary-42.json")
                .on("GET", "/facts/7", request -> StubServer.Response.json(200, FACTS))
                .on("GET", "/articles", request -> StubServer.Response.json(200, "{\"items\":["
                        + "{\"id\":1,\"title\":\"One\",\"sourceName\":null,\"publishedAt\":\"2020-01-01T00:00:00Z\"},"
                        + "{\"id\":2,\"title\":\"Two\",\"publishedAt\":\"2020-01-02T00:00:00Z\"}],"
                        + "\"page\":1,\"size\":20,\"totalItems\":2,\"totalPages\":1}"));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private Environment terminal(int rows, Map<String, String> extra) {
        Map<String, String> variables = new HashMap<>(Map.of("NEWS_SUMMARY_URL", services.url(), "NEWS_ARTICLE_URL", services.url()));
        variables.putAll(extra);
        return Environment.of(variables, home).withTerminal(true).withTerminalSize(100, rows);
    }

    @Test
    void longOutputOnATerminalGoesThroughThePager() throws Exception {
        Path paged = home.resolve("paged.txt");
        Environment small = terminal(10, Map.of("PAGER", "cat > '" + paged + "'"));

        Cli.Result result = Cli.run(small, "summary", "42", "--no-color");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out(), "all of it went to the pager");
        String text = Files.readString(paged);
        assertTrue(text.startsWith("Syrian deal unlikely") && text.contains("Key facts"), text);
        assertEquals(Cli.run(small, "summary", "42", "--no-color", "--no-pager").out(), text);
    }

    @Test
    void noPagerWhenItFitsWhenPipedOrWithNoPager() throws Exception {
        Path paged = home.resolve("paged.txt");
        Map<String, String> pager = Map.of("PAGER", "cat > '" + paged + "'");

        assertTrue(Cli.run(terminal(100, pager), "summary", "42").out().contains("Key facts"), "fits in 100 rows");
        assertTrue(Cli.run(terminal(10, pager), "summary", "42", "--no-pager").out().contains("Key facts"));
        Environment piped = Environment.of(Map.of("NEWS_SUMMARY_URL", services.url(), "PAGER", "cat > '" + paged + "'"), home);
        assertTrue(Cli.run(piped, "summary", "42").out().contains("Key facts"));
        assertFalse(Files.exists(paged));
    }

    @Test
    void theStarHasALegend() {
        String out = Cli.run(terminal(100, Map.of()), "summary", "42", "--no-color").out();

        assertTrue(out.contains("participant*") && out.contains("\n  * central: the article is about this participant\n"), out);
        assertFalse(Cli.run(terminal(100, Map.of()), "facts", "42", "--no-headers").out().contains("* central"),
                "no legend for scripts");
    }

    @Test
    void repeatedFactsAreOneRowAndFiguresKeepTheirUnits() {
        Cli.Result result = Cli.run(terminal(100, Map.of()), "facts", "7", "--no-color");

        assertEquals(0, result.exitCode(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals(1, lines.stream().filter(line -> line.contains("Rishi Sunak")).count(), result.out());
        assertTrue(result.out().matches("(?s).*participant\\*\\s+Rishi Sunak\\s+Chancellor; 3 mentions; Treasury\n.*"), result.out());
        assertEquals(1, lines.stream().filter(line -> line.contains("London") || line.contains("london")).count(), result.out());
        assertEquals(1, lines.stream().filter(line -> line.contains("Friday")).count(), result.out());
        assertTrue(result.out().matches("(?s).*figure\\s+\u00a3600m\\s+for flood defences\n.*"), result.out());
        assertFalse(result.out().contains("600000000"), result.out());
        assertTrue(result.out().matches("(?s).*figure\\s+two years\\s+2\n.*"), "in words, the value helps: " + result.out());
    }

    @Test
    void aColumnWithNothingInItIsLeftOut() {
        Cli.Result result = Cli.run(terminal(100, Map.of()), "articles", "list", "--no-color");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("ID  PUBLISHED   TITLE\n1   2020-01-01  One\n"), result.out());
    }
}
