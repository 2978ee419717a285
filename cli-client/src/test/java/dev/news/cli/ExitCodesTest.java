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
        service.on("GET", "/facts/42", 404, "problem-404.json")
                .on("GET", "/articles/42", 404, "problem-404.json")
                .on("DELETE", "/articles/42", 404, "problem-404.json");
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
        assertTrue(result.err().contains("\"instance\": \"/summaries/42\""), "the problem document: " + result.err());
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
        assertOneLine(result);
        assertTrue(result.err().startsWith("news: not authorised by article-service: a bearer token is required; "
                + "no token was given: set NEWS_TOKEN or token in " + home.resolve(".config/news/config.properties")
                + " (for the local run: export NEWS_TOKEN=$(./news-local token))"), result.err());
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

    @Test
    void aNotFoundFromTheServiceGivesItsDetail() {
        service.on("GET", "/articles/42", 404, "problem-404.json");

        Cli.Result result = Cli.run(both(service.url()), "articles", "get", "42");

        assertEquals(3, result.exitCode(), result::toString);
        assertEquals("news: article 42 not found\n", result.err());
    }

    @Test
    void aUrlThatIsNotTheServiceIsNotANotFound() {
        // Another Quarkus service answers a path it does not have with its generic problem.
        service.on("GET", "/summaries/42", request -> StubServer.Response.json(404,
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no resource at /summaries/42\"}"));
        Cli.Result wrongService = Cli.run(both(service.url()), "summary", "42");
        assertEquals(1, wrongService.exitCode(), wrongService::toString);
        assertEquals("news: " + service.url() + " has no /summaries/42 (HTTP 404): is it summary-service? "
                + "Check --summary-url or NEWS_SUMMARY_URL\n", wrongService.err());

        // Any other web server: no problem document at all.
        service.on("GET", "/articles/42", request -> new StubServer.Response(404, "text/html", "<h1>Not Found</h1>", Map.of()));
        Cli.Result webServer = Cli.run(both(service.url()), "articles", "get", "42");
        assertEquals(1, webServer.exitCode(), webServer::toString);
        assertTrue(webServer.err().endsWith("is it article-service? Check --article-url or NEWS_ARTICLE_URL\n"), webServer.err());
    }

    @Test
    void aValidationMessageIsPrintedOnce() {
        service.on("POST", "/articles", request -> StubServer.Response.json(400,
                "{\"title\":\"Bad request\",\"status\":400,\"detail\":\"title: must not be blank\","
                        + "\"errors\":[{\"field\":\"title\",\"message\":\"must not be blank\"}]}"));

        Cli.Result result = Cli.run(both(service.url()).withStdin(new java.io.ByteArrayInputStream("x".getBytes())),
                "articles", "add", "--title", " ", "-");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("news: title: must not be blank\n", result.err());
    }

    @Test
    void writingWithoutATokenSaysHowToGetOne() throws Exception {
        service.on("POST", "/articles", request -> StubServer.Response.json(401, "{\"title\":\"Unauthorized\","
                + "\"status\":401,\"detail\":\"a valid bearer token is required\"}"));
        service.on("POST", "/articles/import", request -> StubServer.Response.json(401, "{\"title\":\"Unauthorized\","
                + "\"status\":401,\"detail\":\"a valid bearer token is required\"}"));
        java.nio.file.Path file = java.nio.file.Files.writeString(home.resolve("a.ndjson"), "{\"title\":\"t\",\"body\":\"b\"}\n");

        Cli.Result added = Cli.run(both(service.url()).withStdin(new java.io.ByteArrayInputStream("body".getBytes())),
                "articles", "add", "--title", "t", "-");
        Cli.Result imported = Cli.run(both(service.url()), "articles", "import", file.toString());

        for (Cli.Result result : new Cli.Result[] {added, imported}) {
            assertEquals(5, result.exitCode(), result::toString);
            assertOneLine(result);
            assertTrue(result.err().startsWith("news: not authorised by article-service: a valid bearer token is required; "
                    + "no token was given: set NEWS_TOKEN or token in "), result.err());
            assertTrue(result.err().contains("./news-local token"), result.err());
        }
    }

    @Test
    void aTokenWithoutTheRoleSaysSo() {
        service.on("DELETE", "/articles/42", request -> StubServer.Response.json(403, "{\"title\":\"Forbidden\","
                + "\"status\":403,\"detail\":\"the token does not grant this operation\"}"));
        Environment withToken = Environment.of(Map.of("NEWS_ARTICLE_URL", service.url(), "NEWS_TOKEN", "abc"), home);

        Cli.Result result = Cli.run(withToken, "articles", "delete", "42");

        assertEquals(5, result.exitCode(), result::toString);
        assertEquals("news: not authorised by article-service: the token does not grant this operation; "
                + "writing needs a token with the editor role\n", result.err());
    }
}
