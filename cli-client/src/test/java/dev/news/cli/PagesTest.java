package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Web pages in: {@code --html} and {@code --url} on add, and how fetching a page fails. */
class PagesTest {

    private static final String PAGE = StubServer.resource("page.html");

    @TempDir
    Path home;

    /** article-service and summary-service. */
    private StubServer services;
    /** The web server the pages come from. */
    private StubServer web;

    @BeforeEach
    void start() {
        services = StubServer.start();
        web = StubServer.start();
        services.on("POST", "/articles", request -> new StubServer.Response(201, "application/json",
                StubServer.resource("article-42.json"), Map.of("Location", "/articles/42")));
        web.on("GET", "/news/talks", request -> page(200, "text/html; charset=utf-8", PAGE));
    }

    @AfterEach
    void stop() {
        services.close();
        web.close();
    }

    private Environment environment() {
        return Environment.of(Map.of("NEWS_ARTICLE_URL", services.url(), "NEWS_SUMMARY_URL", services.url()), home);
    }

    private static StubServer.Response page(int status, String contentType, String body) {
        return new StubServer.Response(status, contentType, body, Map.of());
    }

    private static StubServer.Response redirect(String location) {
        return new StubServer.Response(302, "text/html", "", Map.of("Location", location));
    }

    private static String sourceUrl(StubServer.Request request) {
        String query = request.query();
        assertTrue(query != null && query.startsWith("sourceUrl="), String.valueOf(query));
        return URLDecoder.decode(query.substring("sourceUrl=".length()), StandardCharsets.UTF_8);
    }

    private static void assertOneLineError(Cli.Result result, int exitCode, String message) {
        assertEquals(exitCode, result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        assertTrue(result.err().startsWith("news: ") && result.err().contains(message), result.err());
        assertEquals(1, result.err().lines().count(), result::toString);
    }

    @Test
    void addUrlFollowsARedirectAndPostsThePageWithItsFinalAddress() {
        web.on("GET", "/old", request -> redirect("/news/talks"));

        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", web.url() + "/old");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("created article 42: "), result.out());
        assertEquals(List.of("/old", "/news/talks"), web.requests().stream().map(StubServer.Request::path).toList());
        StubServer.Request posted = services.requests().get(0);
        assertEquals("/articles", posted.path());
        assertEquals("text/html; charset=utf-8", posted.header("Content-Type"));
        assertEquals(web.url() + "/news/talks", sourceUrl(posted));
        assertEquals(PAGE, posted.body());
    }

    @Test
    void addHtmlPostsTheFileAsItIsWithItsSourceUrl() throws Exception {
        Path saved = Files.writeString(home.resolve("talks.html"), PAGE);

        Cli.Result result = Cli.run(environment(), "articles", "add", "--html", saved.toString(),
                "--source-url", "https://news.example/world/talks?a=1&b=2");

        assertEquals(0, result.exitCode(), result::toString);
        StubServer.Request posted = services.requests().get(0);
        assertEquals("text/html", posted.header("Content-Type"));
        assertEquals("https://news.example/world/talks?a=1&b=2", sourceUrl(posted));
        assertEquals(PAGE, posted.body());
    }

    @Test
    void addHtmlReadsStandardInputAndSendsNoSourceUrlWhenNoneIsGiven() {
        Environment withStdin = environment().withStdin(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));

        Cli.Result result = Cli.run(withStdin, "articles", "add", "--html", "-", "-o", "name");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("42\n", result.out());
        assertEquals(null, services.requests().get(0).query());
        assertEquals(PAGE, services.requests().get(0).body());
    }

    @Test
    void tooManyRedirectsStop() {
        web.on("GET", "/loop", request -> redirect(web.url() + "/loop"));

        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", web.url() + "/loop");

        assertOneLineError(result, 1, "more than 5 redirects");
        assertEquals(PageFetcher.MAX_REDIRECTS + 1, web.requests().size());
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        web.on("GET", "/ftp", request -> redirect("ftp://files.example/talks.html"));

        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", web.url() + "/ftp");

        assertOneLineError(result, 1, "only http and https URLs can be fetched: ftp://files.example/talks.html");
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void aPageOverTheLimitIsRefused() {
        String huge = "<p>" + "x".repeat(PageFetcher.MAX_BYTES) + "</p>";
        web.on("GET", "/huge", request -> page(200, "text/html", huge));

        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", web.url() + "/huge");

        assertOneLineError(result, 1, "is over 5 MiB");
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        Path huge = Files.write(home.resolve("huge.html"), new byte[PageFetcher.MAX_BYTES + 1]);

        Cli.Result result = Cli.run(environment(), "articles", "add", "--html", huge.toString());

        assertOneLineError(result, 1, "huge.html is over 5 MiB");
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void aPageThatDoesNotComeInTimeIsUnavailable() {
        web.on("GET", "/slow", request -> {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return page(200, "text/html", PAGE);
        });

        long started = System.nanoTime();
        Cli.Result result = Cli.run(environment(), "--timeout", "1", "articles", "add", "--url", web.url() + "/slow");

        assertOneLineError(result, 4, "within 1 s");
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "waited past the timeout");
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void aPageThatTricklesInIsStoppedAtTheTimeout() throws Exception {
        // Headers at once, then the body too slowly: the deadline must cover the whole answer, not only its start.
        try (ServerSocket trickle = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket client = trickle.accept()) {
                    client.getInputStream().read(new byte[4096]);
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>")
                            .getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 30; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (Exception closed) {
                    // The client gave up, as it should.
                }
            });
            server.setDaemon(true);
            server.start();

            long started = System.nanoTime();
            Cli.Result result = Cli.run(environment(), "--timeout", "1", "articles", "add", "--url",
                    "http://127.0.0.1:" + trickle.getLocalPort() + "/slow");

            assertOneLineError(result, 4, "did not send its page within 1 s");
            assertTrue(System.nanoTime() - started < 2_500_000_000L, "waited past the timeout");
            assertTrue(services.requests().isEmpty());
        }
    }

    @Test
    void anAnswerThatIsNotAPageIsRefused() {
        web.on("GET", "/report.pdf", request -> page(200, "application/pdf", "%PDF-1.7"));

        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", web.url() + "/report.pdf");

        assertOneLineError(result, 1, "is not a web page (Content-Type application/pdf)");
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void aMissingPageIsNotFound() {
        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", web.url() + "/gone");

        assertOneLineError(result, 3, "no page at " + web.url() + "/gone (HTTP 404)");
    }

    @Test
    void aServerThatIsDownIsUnavailable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", "http://127.0.0.1:" + port + "/news");

        assertOneLineError(result, 4, "cannot reach 127.0.0.1");
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", "file:///etc/passwd");

        assertOneLineError(result, 2, "only http and https URLs can be fetched");
        assertTrue(web.requests().isEmpty());
    }

    @Test
    void theServiceRefusingThePageSaysWhy() {
        services.on("POST", "/articles", 422, "problem-422.json");

        Cli.Result result = Cli.run(environment(), "articles", "add", "--url", web.url() + "/news/talks");

        assertOneLineError(result, 1, "no article text found in the page");
    }

    @Test
    void textOptionsDoNotGoWithAPage() {
        Cli.Result result = Cli.run(environment(), "articles", "add", "--title", "Talks", "--url", "https://news.example/a");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--title cannot go with a page")
                && result.err().contains("a text article's address is given with --source-url"), result.err());
        assertTrue(web.requests().isEmpty() && services.requests().isEmpty());
    }

    @Test
    void aTextArticleStillNeedsATitle() {
        Cli.Result result = Cli.run(environment(), "articles", "add", "body.txt");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("--title"), result.err());
    }

    @Test
    void anEmptyPageIsAUsageError() throws Exception {
        Path empty = Files.write(home.resolve("empty.html"), new byte[0]);

        Cli.Result result = Cli.run(environment(), "articles", "add", "--html", empty.toString());

        assertOneLineError(result, 2, "no page: " + empty + " is empty");
    }

    @Test
    void extractShowsWhatWouldBeStoredWithoutStoringIt() throws Exception {
        services.on("POST", "/articles/extract", 200, "extracted-page.json");
        Path saved = Files.writeString(home.resolve("talks.html"), PAGE);

        Cli.Result result = Cli.run(environment(), "articles", "extract", "--html", saved.toString(),
                "--source-url", "https://news.example/world/talks-resume?utm=x");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("""
                Talks resume in Geneva
                not stored | Example News | A. Reporter | 2026-11-30T08:00:00Z | en
                canonical: https://news.example/world/talks-resume

                Negotiators met on Monday in Geneva to resume talks on a cease-fire.

                The meeting lasted four hours and ended without a statement – café talk, one delegate said.
                """, result.out());
        assertEquals(1, services.requests().size());
        StubServer.Request posted = services.requests().get(0);
        assertEquals("/articles/extract", posted.path());
        assertEquals("https://news.example/world/talks-resume?utm=x", sourceUrl(posted));
        assertEquals(PAGE, posted.body());
    }

    @Test
    void extractFetchesAUrlAndPrintsJsonAndYaml() throws Exception {
        services.on("POST", "/articles/extract", 200, "extracted-page.json");

        Cli.Result json = Cli.run(environment(), "articles", "extract", "--url", web.url() + "/news/talks", "-o", "json");
        Cli.Result yaml = Cli.run(environment(), "articles", "extract", "--url", web.url() + "/news/talks", "-o", "yaml");

        assertEquals(0, json.exitCode(), json::toString);
        JsonNode extracted = new ObjectMapper().readTree(json.out());
        assertEquals("Talks resume in Geneva", extracted.path("title").asText());
        assertEquals("https://news.example/world/talks-resume", extracted.path("canonicalUrl").asText());
        assertTrue(json.out().indexOf("\"authors\"") < json.out().indexOf("\"title\""), "keys in alphabetical order");
        assertEquals(0, yaml.exitCode(), yaml::toString);
        assertTrue(yaml.out().contains("siteName: Example News\n") && yaml.out().contains("language: en\n"), yaml.out());
        assertEquals(web.url() + "/news/talks", sourceUrl(services.requests().get(0)));
    }

    @Test
    void extractNeedsAPage() {
        Cli.Result none = Cli.run(environment(), "articles", "extract");
        Cli.Result both = Cli.run(environment(), "articles", "extract", "--html", "a.html", "--url", "https://news.example/a");

        assertEquals(2, none.exitCode(), none::toString);
        assertTrue(none.err().contains("--html FILE, --html - or --url URL"), none.err());
        assertEquals(2, both.exitCode(), both::toString);
        assertTrue(both.err().contains("not both"), both.err());
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void extractOfAPageWithoutAnArticleSaysWhy() throws Exception {
        services.on("POST", "/articles/extract", 422, "problem-422.json");
        Path saved = Files.writeString(home.resolve("menu.html"), "<html><body><nav>Home</nav></body></html>");

        Cli.Result result = Cli.run(environment(), "articles", "extract", "--html", saved.toString());

        assertOneLineError(result, 1, "no article text found in the page");
    }

    @Test
    void summarizeExtractsThePageThenSummarisesItsTextWithoutStoringIt() throws Exception {
        services.on("POST", "/articles/extract", 200, "extracted-page.json");
        services.on("POST", "/summaries", 200, "summary-42.json");

        Cli.Result result = Cli.run(environment(), "summarize", "--url", web.url() + "/news/talks",
                "--sentences", "2");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("Key facts"), result.out());
        assertEquals(List.of("/articles/extract", "/summaries"),
                services.requests().stream().map(StubServer.Request::path).toList(), "extracted and summarised, not stored");
        assertEquals(PAGE, services.requests().get(0).body());
        JsonNode sent = new ObjectMapper().readTree(services.requests().get(1).body());
        assertEquals("Talks resume in Geneva", sent.path("title").asText());
        assertTrue(sent.path("text").asText().startsWith("Negotiators met on Monday in Geneva")
                && sent.path("text").asText().endsWith("one delegate said."), sent.toString());
        assertEquals(2, sent.path("sentences").asInt());
    }

    @Test
    void summarizeOfASavedPageKeepsAGivenTitle() throws Exception {
        services.on("POST", "/articles/extract", 200, "extracted-page.json");
        services.on("POST", "/summaries", 200, "summary-42.json");
        Environment withStdin = environment().withStdin(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));

        Cli.Result result = Cli.run(withStdin, "summarize", "--html", "-", "--title", "Geneva talks", "-o", "json");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(42, new ObjectMapper().readTree(result.out()).path("articleId").asInt());
        assertEquals("Geneva talks", new ObjectMapper().readTree(services.requests().get(1).body()).path("title").asText());
    }

    @Test
    void summarizeTakesTextOrAPageNotBoth() {
        Cli.Result result = Cli.run(environment(), "summarize", "story.txt", "--url", "https://news.example/a");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("not both"), result.err());
        assertTrue(services.requests().isEmpty());
    }

    @Test
    void summarizeOfAPageThatCannotBeFetchedSummarisesNothing() {
        Cli.Result result = Cli.run(environment(), "summarize", "--url", web.url() + "/gone");

        assertOneLineError(result, 3, "no page at");
        assertTrue(services.requests().isEmpty());
    }
}
