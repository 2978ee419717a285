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

import dev.news.testsupport.FreePort;

class ExitCodesTest {

    @TempDir
    Path home;

    private StubServer service;

    @BeforeEach
    void start() {
        service = StubServer.start();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private Environment both(String url) {
        return Environment.of(Map.of("NEWS_SUMMARY_URL", url, "NEWS_ARTICLE_URL", url), home);
    }

    private static void assertOneLine(Cli.Result result) {
        assertEquals(1, result.err().lines().count(), result::toString);
        assertFalse(result.err().contains("\tat "), "no stack trace");
        assertFalse(result.err().contains("Exception"), result::toString);
    }

    @Test
    void notFoundIsThree() {
        service.on("GET", "/summaries/42", 404, "problem-404.json");

        Cli.Result result = Cli.run(both(service.url()), "summary", "42");

        assertEquals(3, result.exitCode(), result::toString);
        assertEquals("news: article 42 not found\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void notFoundOnEveryArticleCommand() {
        for (String[] args : new String[][] {{"facts", "42"}, {"articles", "get", "42"}, {"articles", "delete", "42"}}) {
            Cli.Result result = Cli.run(both(service.url()), args);
            assertEquals(3, result.exitCode(), result::toString);
            assertEquals("news: article 42 not found\n", result.err());
        }
    }

    @Test
    void verboseAddsTheDetails() {
        service.on("GET", "/summaries/42", 404, "problem-404.json");

        Cli.Result result = Cli.run(both(service.url()), "summary", "42", "--verbose");

        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("news: article 42 not found\n"), result.err());
        assertTrue(result.err().contains("HTTP 404"), result.err());
        assertTrue(result.err().contains("Article 42 does not exist"), result.err());
    }

    @Test
    void connectionRefusedIsFour() {
        String nothing = "http://127.0.0.1:" + FreePort.find();

        Cli.Result result = Cli.run(both(nothing), "summary", "42");

        assertEquals(4, result.exitCode(), result::toString);
        assertOneLine(result);
        assertTrue(result.err().startsWith("news: cannot reach summary-service at " + nothing), result.err());
    }

    @Test
    void serviceUnavailableIsFour() {
        service.on("GET", "/articles/42", 503, "problem-503.json");

        Cli.Result result = Cli.run(both(service.url()), "articles", "get", "42");

        assertEquals(4, result.exitCode(), result::toString);
        assertOneLine(result);
        assertTrue(result.err().contains("the database is not reachable"), result.err());
    }

    @Test
    void timeoutIsFour() {
        service.on("GET", "/facts/42", request -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubServer.Response.json(200, "{}");
        });

        Cli.Result result = Cli.run(both(service.url()), "facts", "42", "--timeout", "1");

        assertEquals(4, result.exitCode(), result::toString);
        assertEquals("news: summary-service did not answer within 1 s\n", result.err());
    }

    @Test
    void unauthorisedIsFive() {
        service.on("GET", "/articles", 401, "problem-401.json");

        Cli.Result result = Cli.run(both(service.url()), "articles", "list");

        assertEquals(5, result.exitCode(), result::toString);
        assertEquals("news: not authorised by article-service: a bearer token is required\n", result.err());
    }

    @Test
    void forbiddenIsFive() {
        service.on("DELETE", "/articles/42", 403, null);

        assertEquals(5, Cli.run(both(service.url()), "articles", "delete", "42").exitCode());
    }

    @Test
    void otherProblemsAreOneWithTheirDetail() {
        service.on("POST", "/articles", 400, "problem-400.json");

        Cli.Result result = Cli.run(both(service.url()).withStdin(new java.io.ByteArrayInputStream("x".getBytes())),
                "articles", "add", "--title", " ", "-");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("news: the article is invalid; title: must not be blank\n", result.err());
    }

    @Test
    void usageErrorIsTwo() {
        Cli.Result result = Cli.run(both(service.url()), "summary", "--bogus", "42");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("news: Unknown option: '--bogus'"), result.err());
        assertTrue(service.requests().isEmpty());
    }
}
