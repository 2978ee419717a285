package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Text comes from a FILE argument, --file, or standard input without being asked for. */
class InputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CUT = "{\"title\":\"Talks\",\"summary\":[{\"index\":0,\"text\":\"Kerry met Lavrov in Geneva.\"},"
            + "{\"index\":1,\"text\":\"The talks between Kerry and\"}],\"facts\":{}}";

    @TempDir
    Path home;

    private StubServer services;

    @BeforeEach
    void start() {
        services = StubServer.start()
                .on("POST", "/summaries", request -> StubServer.Response.json(200, CUT))
                .on("GET", "/summaries/42", request -> StubServer.Response.json(200, CUT))
                .on("POST", "/articles", request -> StubServer.Response.json(201, "{\"id\":5,\"title\":\"t\"}"));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private Environment environment(String stdin) {
        return Environment.of(Map.of("NEWS_SUMMARY_URL", services.url(), "NEWS_ARTICLE_URL", services.url()), home)
                .withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode sent(int request) throws Exception {
        return JSON.readTree(services.requests().get(request).body());
    }

    @Test
    void summarizeReadsAPipeWithoutBeingAsked() throws Exception {
        Cli.Result result = Cli.run(environment("Kerry met Lavrov."), "summarize");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("Kerry met Lavrov.", sent(0).path("text").asText());
        assertEquals("", result.err(), "no prompt when standard input is a pipe");
    }

    @Test
    void aFileIsAnArgumentOrAnOptionButNotBoth() throws Exception {
        Path story = Files.writeString(home.resolve("story.txt"), "From the file.");

        assertEquals(0, Cli.run(environment("piped"), "summarize", story.toString()).exitCode());
        assertEquals(0, Cli.run(environment("piped"), "summarize", "--file", story.toString()).exitCode());
        assertEquals(0, Cli.run(environment("piped"), "articles", "add", "--title", "t", story.toString()).exitCode());
        assertEquals("From the file.", sent(0).path("text").asText());
        assertEquals("From the file.", sent(1).path("text").asText());
        assertEquals("From the file.", sent(2).path("body").asText());

        Cli.Result both = Cli.run(environment("piped"), "summarize", story.toString(), "--file", story.toString());
        assertEquals(2, both.exitCode(), both::toString);
        assertTrue(both.err().startsWith("news: give the text as FILE or with --file FILE, not both"), both.err());
    }

    @Test
    void addReadsAPipeToo() throws Exception {
        Cli.Result result = Cli.run(environment("The body."), "articles", "add", "--title", "t");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("The body.", sent(0).path("body").asText());
        assertEquals("created article 5: t\n", result.out());
    }

    @Test
    void aTerminalOnStandardInputIsToldHowToEnd() {
        Environment typing = environment("typed text").withTerminal(true).withTerminalSize(80, 24);

        Cli.Result result = Cli.run(typing, "summarize", "--no-color");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("reading from standard input (Ctrl-D to end)\n", result.err());
    }

    @Test
    void emptyInputIsAUsageError() {
        Cli.Result result = Cli.run(environment(" \n"), "summarize");

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("news: no text: standard input is empty\n", result.err());
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void fileOptionsCompleteFileNames() {
        String script = Cli.run(environment(""), "completion", "bash").out();

        for (String command : new String[] {"summarize", "articles_add"}) {
            String function = script.substring(script.indexOf("function _picocli_news_" + command + "()"));
            function = function.substring(0, function.indexOf("\n}\n"));
            String fileCase = function.substring(function.indexOf("'--file')"));
            assertTrue(fileCase.substring(0, fileCase.indexOf(";;")).contains("compgen -f"), command + ":\n" + function);
        }
    }

    @Test
    void aSentenceCutByTheWordBudgetEndsWithAnEllipsis() {
        String cut = Cli.run(environment(""), "summary", "42", "--words", "10").out();
        assertTrue(cut.contains("  1. Kerry met Lavrov in Geneva.\n"), cut);
        assertTrue(cut.contains("  2. The talks between Kerry and\u2026\n"), cut);

        String whole = Cli.run(environment(""), "summary", "42").out();
        assertFalse(whole.contains("\u2026"), "without --words the service did not cut: " + whole);

        assertTrue(Cli.run(environment("text"), "summarize", "--words", "10").out().contains("Kerry and\u2026\n"));
        assertFalse(Cli.run(environment(""), "summary", "42", "--words", "10", "-o", "json").out().contains("\u2026"),
                "json keeps the service's text");
    }
}
