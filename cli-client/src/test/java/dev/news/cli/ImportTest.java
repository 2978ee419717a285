package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private StubServer articles;
    private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

    /** Answers like article-service: titles with "dup" are duplicates, blank titles invalid, the rest created. */
    @BeforeEach
    void start() {
        articles = StubServer.start().on("POST", "/articles/import", request -> {
            StringBuilder results = new StringBuilder();
            int created = 0;
            int duplicates = 0;
            int invalid = 0;
            int line = 0;
            for (String ndjson : request.body().split("\n")) {
                line++;
                String status;
                try {
                    String title = JSON.readTree(ndjson).path("title").asText("");
                    status = title.isBlank() ? "invalid" : title.contains("dup") ? "duplicate" : "created";
                } catch (Exception e) {
                    status = "invalid";
                }
                switch (status) {
                    case "created" -> created++;
                    case "duplicate" -> duplicates++;
                    default -> invalid++;
                }
                results.append(results.length() == 0 ? "" : ",").append("{\"line\":").append(line)
                        .append(",\"status\":\"").append(status).append('"')
                        .append("invalid".equals(status) ? ",\"reason\":\"title is required\"" : ",\"id\":" + ids.incrementAndGet())
                        .append('}');
            }
            return StubServer.Response.json(200, "{\"created\":" + created + ",\"duplicates\":" + duplicates
                    + ",\"invalid\":" + invalid + ",\"results\":[" + results + "]}");
        });
    }

    @AfterEach
    void stop() {
        articles.close();
    }

    private Environment environment() {
        return Environment.of(Map.of("NEWS_ARTICLE_URL", articles.url()), home);
    }

    @Test
    void importsAFolderOfTextFilesInBatches() throws Exception {
        Path folder = Files.createDirectories(home.resolve("articles"));
        for (int i = 1; i <= 5; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), "\n\nTitle " + i + "\n\nBody of article " + i + ".\nMore.\n");
        }
        Files.writeString(folder.resolve("a6.txt"), "dup title\nbody");
        Files.writeString(folder.resolve("empty.txt"), "\n  \n");
        Files.writeString(folder.resolve("notes.md"), "not an article");

        Cli.Result result = Cli.run(environment(), "articles", "import", folder.toString(), "--batch-size", "2");

        assertEquals(6, result.exitCode(), "partly imported: " + result);
        assertEquals("read 7 articles: 5 created (ids 1 to 5), 1 duplicate, 1 invalid\n", result.out());
        assertEquals("invalid empty.txt: the file is empty\n"
                + "news: 1 of 7 articles are invalid; the others were stored\n", result.err());
        assertEquals(3, articles.requests().size(), "7 files in batches of 2, the last holding only the empty one, not sent");
        StubServer.Request first = articles.requests().get(0);
        assertEquals("application/x-ndjson", first.header("Content-Type"));
        List<JsonNode> sent = new ArrayList<>();
        for (String line : first.body().split("\n")) {
            sent.add(JSON.readTree(line));
        }
        assertEquals(2, sent.size());
        assertEquals("Title 1", sent.get(0).path("title").asText());
        assertEquals("Body of article 1.\nMore.", sent.get(0).path("body").asText());
        assertFalse(result.err().contains("importing"), "no progress bar when stderr is not a terminal");
    }

    @Test
    void readsTextFilesThatAreNotUtf8() throws Exception {
        Path folder = Files.createDirectories(home.resolve("legacy"));
        Files.write(folder.resolve("pound.txt"), "Price rises\n\nIt costs \u00a35 now.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("bom.txt"), ("\uFEFFCaf\u00e9 opens\n\nA new caf\u00e9.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Cli.Result result = Cli.run(environment(), "articles", "import", folder.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("read 2 articles: 2 created"), result.out());
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (String line : articles.requests().get(0).body().split("\n")) {
            titles.add(JSON.readTree(line).path("title").asText());
            bodies.add(JSON.readTree(line).path("body").asText());
        }
        assertTrue(titles.contains("Caf\u00e9 opens"), titles::toString);
        assertTrue(bodies.contains("It costs \u00a35 now."), bodies::toString);
    }

    @Test
    void importsAnNdjsonFileAndReportsAsJson() throws Exception {
        Path file = Files.writeString(home.resolve("articles.ndjson"), String.join("\n",
                "{\"title\":\"One\",\"body\":\"b\"}",
                "",
                "{\"title\":\"dup of one\",\"body\":\"b\"}",
                "{\"title\":\"\",\"body\":\"b\"}",
                "{\"title\":\"Two\",\"body\":\"b\"}") + "\n");

        Cli.Result result = Cli.run(environment(), "articles", "import", file.toString(), "-o", "json");

        assertEquals(6, result.exitCode(), result::toString);
        assertEquals("news: 1 of 4 articles are invalid; the others were stored\n", result.err());
        JsonNode report = JSON.readTree(result.out());
        assertEquals(2, report.path("created").asInt());
        assertEquals(1, report.path("duplicates").asInt());
        assertEquals(1, report.path("invalid").asInt());
        assertEquals("articles.ndjson:4", report.path("results").get(2).path("source").asText(),
                "results name the line of the file, blank lines included");
        assertEquals(1, articles.requests().size());
    }

    @Test
    void drawsAProgressBarOnATerminal() throws Exception {
        Path file = Files.writeString(home.resolve("a.ndjson"), "{\"title\":\"One\",\"body\":\"b\"}\n");

        Cli.Result result = Cli.run(environment().withTerminal(true), "articles", "import", file.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("importing [") && result.err().contains("1/1"), result.err());
        assertTrue(result.out().contains("read 1 article: 1 created (id 1), 0 duplicates, 0 invalid"), result.out());
    }

    @Test
    void missingSourceIsAnError() {
        Cli.Result result = Cli.run(environment(), "articles", "import", home.resolve("nothing").toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("news: no such file or folder: "), result.err());
    }

    @Test
    void allInvalidIsAnErrorWithTheInvalidCappedOnStderr() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            lines.append("root:x:0:0:root:/root:/bin/bash ").append(i).append('\n');
        }
        Path file = Files.writeString(home.resolve("passwd"), lines);

        Cli.Result result = Cli.run(environment(), "articles", "import", file.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("read 25 articles: 0 created, 0 duplicates, 25 invalid\n", result.out());
        List<String> err = result.err().lines().toList();
        assertEquals(ArticlesImportCommand.MAX_LISTED + 2, err.size(), result::toString);
        assertEquals("invalid passwd:1: title is required", err.get(0));
        assertEquals("... and 15 more invalid (-o json lists them all)", err.get(ArticlesImportCommand.MAX_LISTED));
        assertEquals("news: nothing imported: all 25 articles are invalid", err.get(err.size() - 1));
    }

    @Test
    void aFolderWithNothingToImportIsAnError() throws Exception {
        Path folder = Files.createDirectories(home.resolve("empty"));
        Files.writeString(folder.resolve("notes.md"), "not an article");

        Cli.Result result = Cli.run(environment(), "articles", "import", folder.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("news: nothing to import: " + folder + " holds no .txt or .html files\n", result.err());
        assertTrue(articles.requests().isEmpty());

        Path blank = Files.writeString(home.resolve("blank.ndjson"), "\n \n");
        Cli.Result empty = Cli.run(environment(), "articles", "import", blank.toString());
        assertEquals(1, empty.exitCode(), empty::toString);
        assertEquals("news: nothing to import: " + blank + " has no lines\n", empty.err());
    }

    @Test
    void readsNdjsonFromStandardInput() {
        String ndjson = "{\"title\":\"One\",\"body\":\"b\"}\n{\"title\":\"Two\",\"body\":\"b\"}\n";
        Environment piped = environment().withStdin(new java.io.ByteArrayInputStream(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        Cli.Result result = Cli.run(piped, "articles", "import", "-");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("read 2 articles: 2 created (ids 1 to 2), 0 duplicates, 0 invalid\n", result.out());
        assertEquals(ndjson, articles.requests().get(0).body());
    }

    @Test
    void aServiceFailureMidwaySaysWhatWasStored() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        StubServer flaky = StubServer.start().on("POST", "/articles/import", request -> calls.incrementAndGet() == 1
                ? StubServer.Response.json(200, "{\"created\":1,\"duplicates\":0,\"invalid\":0,\"results\":[{\"line\":1,\"status\":\"created\",\"id\":9}]}")
                : StubServer.Response.json(503, StubServer.resource("problem-503.json")));
        try (flaky) {
            Path file = Files.writeString(home.resolve("two.ndjson"), "{\"title\":\"One\"}\n{\"title\":\"Two\"}\n");

            Cli.Result result = Cli.run(Environment.of(Map.of("NEWS_ARTICLE_URL", flaky.url()), home),
                    "articles", "import", file.toString(), "--batch-size", "1");

            assertEquals(4, result.exitCode(), result::toString);
            assertEquals(1, result.err().lines().count(), result::toString);
            assertTrue(result.err().endsWith("; stored 1 of 2; re-run to resume (duplicates are skipped)\n"), result.err());
        }
    }

    /** Answers a posted page like article-service: "dup" in it a duplicate, "menu" no article (422), else created. */
    private StubServer.Response page(StubServer.Request request) {
        if (request.body().contains("menu")) {
            return StubServer.Response.json(422, StubServer.resource("problem-422.json"));
        }
        boolean duplicate = request.body().contains("dup");
        return StubServer.Response.json(duplicate ? 200 : 201, "{\"id\":" + (duplicate ? 7 : ids.incrementAndGet())
                + ",\"title\":\"A page\"}");
    }

    @Test
    void importsTheHtmlPagesOfAFolderEachAsAPage() throws Exception {
        articles.on("POST", "/articles", this::page);
        Path folder = Files.createDirectories(home.resolve("mixed"));
        Files.writeString(folder.resolve("a.txt"), "Text title\nText body.");
        Files.writeString(folder.resolve("b.html"), "<html><body><article><p>Talks resumed.</p></article></body></html>");
        Files.writeString(folder.resolve("c.HTM"), "<html><body><p>Talks ended.</p></body></html>");
        Files.writeString(folder.resolve("d.html"), "<html><body><p>dup</p></body></html>");
        Files.writeString(folder.resolve("e.html"), "<html><body><nav>menu</nav></body></html>");
        Files.write(folder.resolve("f.html"), new byte[0]);

        Cli.Result result = Cli.run(environment(), "articles", "import", folder.toString());

        assertEquals(6, result.exitCode(), "partly imported: " + result);
        assertEquals("read 6 articles: 3 created (ids 1 to 3), 1 duplicate, 2 invalid\n", result.out());
        assertEquals("invalid e.html: no article text found in the page\n"
                + "invalid f.html: the file is empty\n"
                + "news: 2 of 6 articles are invalid; the others were stored\n", result.err());
        List<StubServer.Request> pages = articles.requests().stream().filter(r -> r.path().equals("/articles")).toList();
        assertEquals(4, pages.size(), "the empty page is not sent");
        assertEquals("text/html", pages.get(0).header("Content-Type"));
        assertEquals("<html><body><article><p>Talks resumed.</p></article></body></html>", pages.get(0).body());
        assertEquals(1, articles.requests().stream().filter(r -> r.path().equals("/articles/import")).count());

        Cli.Result json = Cli.run(environment(), "articles", "import", folder.toString(), "-o", "json");
        JsonNode report = JSON.readTree(json.out());
        JsonNode duplicate = null;
        for (JsonNode entry : report.path("results")) {
            if (entry.path("source").asText().equals("d.html")) {
                duplicate = entry;
            }
        }
        assertEquals("duplicate", duplicate.path("status").asText(), json.out());
        assertEquals(7, duplicate.path("id").asInt(), json.out());
    }

    @Test
    void aServiceFailureOnAPageStopsTheImportAndSaysWhatWasStored() throws Exception {
        articles.on("POST", "/articles", request -> request.body().contains("second")
                ? StubServer.Response.json(503, StubServer.resource("problem-503.json"))
                : StubServer.Response.json(201, "{\"id\":1}"));
        Path folder = Files.createDirectories(home.resolve("pages"));
        Files.writeString(folder.resolve("1.html"), "<p>first</p>");
        Files.writeString(folder.resolve("2.html"), "<p>second</p>");
        Files.writeString(folder.resolve("3.html"), "<p>third</p>");

        Cli.Result result = Cli.run(environment(), "articles", "import", folder.toString(), "--batch-size", "1");

        assertEquals(4, result.exitCode(), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
        assertTrue(result.err().endsWith("; stored 1 of 3; re-run to resume (duplicates are skipped)\n"), result.err());
        assertEquals(2, articles.requests().size(), "nothing sent after the failure");
    }
}
