package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class ArticlesCommandsTest {

    @TempDir
    Path home;

    private StubServer articles;

    @BeforeEach
    void start() {
        articles = StubServer.start();
    }

    @AfterEach
    void stop() {
        articles.close();
    }

    private Environment environment() {
        return Environment.of(Map.of("NEWS_ARTICLE_URL", articles.url(), "NEWS_SUMMARY_URL", articles.url()), home);
    }

    @Test
    void listShowsATableAndThePage() {
        articles.on("GET", "/articles", 200, "articles-page.json");

        Cli.Result result = Cli.run(environment(), "articles", "list", "--query", "Kerry & Lavrov", "--size", "2");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("page=1&size=2&q=Kerry+%26+Lavrov", articles.requests().get(0).query());
        assertTrue(result.out().matches("(?s)ID\\s+RANK\\s+PUBLISHED\\s+SOURCE\\s+TITLE\n42\\s+0.610\\s+2016-09-09\\s+Example News\\s+Syrian.*"),
                result.out());
        assertTrue(result.out().contains("page 1 of 2, 3 articles"), result.out());
    }

    @Test
    void getShowsTheArticle() {
        articles.on("GET", "/articles/42", 200, "article-42.json");

        Cli.Result result = Cli.run(environment(), "articles", "get", "42");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Syrian deal unlikely"), result.out());
        assertTrue(result.out().contains("article 42 | Example News | A. Reporter | 2016-09-09T10:00:00Z | en"), result.out());
        assertTrue(result.out().contains("\n\nThe talks between Kerry and Lavrov took place in Geneva.\n"), result.out());
    }

    @Test
    void addSendsTheArticleFromAFile() throws Exception {
        articles.on("POST", "/articles", request -> new StubServer.Response(201, "application/json",
                StubServer.resource("article-42.json"), Map.of("Location", "/articles/42")));
        Path body = Files.writeString(home.resolve("body.txt"), "Kerry met Lavrov in Geneva.\n");

        Cli.Result result = Cli.run(environment(), "articles", "add", "--title", "Talks", "--file", body.toString(),
                "--source", "Example News", "--source-url", "https://news.example/syria", "--author", "A. Reporter",
                "--author", "B. Writer", "--published", "2016-09-09", "--language", "en");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("created article 42: "), result.out());
        StubServer.Request request = articles.requests().get(0);
        assertEquals("application/json", request.header("Content-Type"));
        JsonNode sent = new ObjectMapper().readTree(request.body());
        assertEquals("Talks", sent.path("title").asText());
        assertEquals("Kerry met Lavrov in Geneva.\n", sent.path("body").asText());
        assertEquals("Example News", sent.path("sourceName").asText());
        assertEquals("https://news.example/syria", sent.path("sourceUrl").asText());
        assertEquals("B. Writer", sent.path("authors").get(1).asText());
        assertEquals("2016-09-09T00:00:00Z", sent.path("publishedAt").asText());
        assertEquals("en", sent.path("language").asText());
    }

    @Test
    void addReadsStandardInputAndSaysWhenTheArticleWasThere() throws Exception {
        articles.on("POST", "/articles", 200, "article-42.json");
        Environment withStdin = environment().withStdin(new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8)));

        Cli.Result result = Cli.run(withStdin, "articles", "add", "--title", "T", "-", "-o", "json");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(42, new ObjectMapper().readTree(result.out()).path("id").asInt());
        assertEquals("from stdin", new ObjectMapper().readTree(articles.requests().get(0).body()).path("body").asText());

        Cli.Result text = Cli.run(environment().withStdin(new ByteArrayInputStream("x".getBytes())),
                "articles", "add", "--title", "T", "--file", "-");
        assertTrue(text.out().startsWith("article 42 was already stored: "), text.out());
    }

    @Test
    void deleteSaysWhatItDid() {
        articles.on("DELETE", "/articles/42", 204, null);

        Cli.Result result = Cli.run(environment(), "articles", "delete", "42");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("deleted article 42\n", result.out());
    }

    @Test
    void summarizePostsTheTextWithoutStoringIt() throws Exception {
        articles.on("POST", "/summaries", 200, "summary-42.json");
        Path text = Files.writeString(home.resolve("text.txt"), "Kerry met Lavrov in Geneva.");

        Cli.Result result = Cli.run(environment(), "summarize", "--file", text.toString(), "--title", "Talks",
                "--sentences", "2");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("Key facts"), result.out());
        JsonNode sent = new ObjectMapper().readTree(articles.requests().get(0).body());
        assertEquals("Talks", sent.path("title").asText());
        assertEquals("Kerry met Lavrov in Geneva.", sent.path("text").asText());
        assertEquals(2, sent.path("sentences").asInt());
    }

    @Test
    void missingFileIsAnError() {
        Cli.Result result = Cli.run(environment(), "summarize", "--file", home.resolve("nope.txt").toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("news: no such file: "), result.err());
    }
}
