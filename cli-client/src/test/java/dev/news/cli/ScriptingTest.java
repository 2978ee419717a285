package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a script needs: several ids a call, ids alone, no headers, every page, json everywhere. */
class ScriptingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STORED = 230;

    @TempDir
    Path home;

    private StubServer services;

    /** 230 articles with ids 1..230, paged as article-service pages them. */
    @BeforeEach
    void start() {
        services = StubServer.start()
                .on("GET", "/summaries/42", 200, "summary-42.json")
                .on("GET", "/summaries/44", request -> StubServer.Response.json(404,
                        "{\"title\":\"Not found\",\"status\":404,\"detail\":\"article 44 not found\"}"))
                .on("GET", "/articles", request -> {
                    Map<String, String> query = query(request.query());
                    int page = Integer.parseInt(query.getOrDefault("page", "1"));
                    int size = Integer.parseInt(query.getOrDefault("size", "20"));
                    StringBuilder items = new StringBuilder();
                    for (int id = (page - 1) * size + 1; id <= Math.min(STORED, page * size); id++) {
                        items.append(items.length() == 0 ? "" : ",").append("{\"id\":").append(id)
                                .append(",\"title\":\"Article ").append(id).append("\",\"publishedAt\":null}");
                    }
                    return StubServer.Response.json(200, "{\"items\":[" + items + "],\"page\":" + page + ",\"size\":" + size
                            + ",\"totalItems\":" + STORED + ",\"totalPages\":" + ((STORED + size - 1) / size) + "}");
                })
                .on("DELETE", "/articles/1", 204, null)
                .on("DELETE", "/articles/2", 204, null)
                .on("GET", "/q/openapi", request -> StubServer.Response.json(200,
                        "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"a service\",\"version\":\"0.1.0\"}}"))
                .on("GET", "/q/health/ready", request -> StubServer.Response.json(200,
                        "{\"status\":\"UP\",\"checks\":[{\"name\":\"summary engine\",\"status\":\"UP\",\"data\":{\"engine\":\"textrank 2.0.0\"}}]}"));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return values;
    }

    private Cli.Result news(String... args) {
        return Cli.run(Environment.of(Map.of("NEWS_ARTICLE_URL", services.url(), "NEWS_SUMMARY_URL", services.url()), home), args);
    }

    @Test
    void severalIdsInOneCall() throws Exception {
        Cli.Result json = news("summary", "42", "42", "-o", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonNode documents = JSON.readTree(json.out());
        assertTrue(documents.isArray() && documents.size() == 2, json.out());
        assertEquals(42, documents.get(1).path("articleId").asInt());

        Cli.Result one = news("summary", "42", "-o", "json");
        assertTrue(JSON.readTree(one.out()).isObject(), "one id, one document");
    }

    @Test
    void aFailingIdIsOneLineAndTheOthersStillPrint() throws Exception {
        Cli.Result result = news("summary", "42", "44", "42", "-o", "json");

        assertEquals(3, result.exitCode(), result::toString);
        assertEquals("news: article 44 not found\n", result.err());
        assertEquals(2, JSON.readTree(result.out()).size());
    }

    @Test
    void namePrintsTheIdsAlone() {
        assertEquals("1\n2\n3\n", news("articles", "list", "--size", "3", "-o", "name").out());
        assertEquals("42\n42\n", news("summary", "42", "42", "-o", "name").out());
        assertEquals("1\n2\n", news("articles", "delete", "1", "2", "-o", "name").out());
    }

    @Test
    void noHeadersLeavesRowsOnly() {
        List<String> lines = news("articles", "list", "--size", "3", "--no-headers").out().lines().toList();

        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches("1\\s+-\\s+Article 1"), lines.get(0));

        String facts = news("summary", "42").out();
        assertTrue(facts.contains("FACT"), "summary keeps its headers");
    }

    @Test
    void limitAndAllFetchThePagesInTurn() {
        Cli.Result limited = news("articles", "list", "--limit", "150", "-o", "name");

        assertEquals(0, limited.exitCode(), limited::toString);
        List<String> ids = limited.out().lines().toList();
        assertEquals(150, ids.size());
        assertEquals("150", ids.get(149));
        assertEquals(List.of("page=1&size=100", "page=2&size=100"), services.requests().stream().map(StubServer.Request::query).toList());

        Cli.Result all = news("articles", "list", "--all");
        assertEquals(0, all.exitCode(), all::toString);
        assertTrue(all.out().endsWith("230 of 230 articles\n"), all.out());
        assertEquals(STORED + 2, all.out().lines().count(), "header, 230 rows, count");
        assertEquals(2 + 3, services.requests().size(), "three pages of 100 for 230 articles");

        assertEquals(2, news("articles", "list", "--all", "--limit", "3").exitCode());
    }

    @Test
    void sortIsPassedOn() {
        assertEquals(0, news("articles", "list", "--sort", "title,asc").exitCode());

        assertEquals("page=1&size=20&sort=title%2Casc", services.requests().get(0).query());
    }

    @Test
    void deleteAndVersionHaveJsonToo() throws Exception {
        Cli.Result deleted = news("articles", "delete", "1", "2", "-o", "json");
        assertEquals(0, deleted.exitCode(), deleted::toString);
        assertEquals("[{\"deleted\":true,\"id\":1},{\"deleted\":true,\"id\":2}]", JSON.readTree(deleted.out()).toString());
        assertEquals("deleted article 1\n", news("articles", "delete", "1").out());

        Cli.Result version = news("version", "-o", "json");
        assertEquals(0, version.exitCode(), version::toString);
        JsonNode versions = JSON.readTree(version.out());
        assertEquals(VersionProvider.version(), versions.path("news").asText());
        assertEquals("0.1.0", versions.path("articleService").path("version").asText());
        assertEquals("0.1.0", versions.path("summaryService").path("version").asText());
        assertEquals("textrank 2.0.0", versions.path("summaryService").path("engine").asText());
        assertEquals("format=json", services.requests().stream().filter(r -> r.path().equals("/q/openapi")).findFirst()
                .orElseThrow().query(), "the OpenAPI document as JSON");
    }

    @Test
    void versionNamesTheServicesAndSaysWhichIsDown() {
        Cli.Result text = news("version");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("\nsummary-service 0.1.0 at " + services.url() + ", engine textrank 2.0.0\n"), text.out());

        Cli.Result down = Cli.run(Environment.of(Map.of("NEWS_ARTICLE_URL", "http://127.0.0.1:9",
                "NEWS_SUMMARY_URL", services.url()), home), "version");
        assertEquals(4, down.exitCode(), down::toString);
        assertTrue(down.out().contains("\narticle-service at http://127.0.0.1:9: cannot reach article-service"), down.out());
        assertFalse(down.out().contains("article-service 0.1.0"), down.out());
    }
}
