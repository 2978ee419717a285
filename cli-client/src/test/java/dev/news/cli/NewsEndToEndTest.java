package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.news.testsupport.FreePort;
import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.RunningService;

/** news against the real article-service and summary-service, on a throwaway PostgreSQL. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsEndToEndTest {

    private static final Path SAMPLE = Path.of("../samples/syria-talks-geneva.txt");
    private static final Path LAUNCHER = LauncherTest.LAUNCHER;

    private static RunningService article;
    private static RunningService summary;
    private static long sampleId;

    @TempDir
    static Path home;

    @BeforeAll
    static void startServices() {
        article = RunningService.articleService();
        summary = RunningService.summaryService(article);
    }

    @AfterAll
    static void stopServices() {
        if (summary != null) {
            summary.close();
        }
        if (article != null) {
            article.close();
        }
    }

    private static Environment environment() {
        return Environment.of(Map.of("NEWS_ARTICLE_URL", article.url(), "NEWS_SUMMARY_URL", summary.url(),
                "NEWS_TOKEN", JwtKeys.shared().editor()), home);
    }

    @Test
    @Order(1)
    void addsTheSampleAndSummarisesIt() throws Exception {
        TextArticle sample = TextArticle.parse(Files.readString(SAMPLE, StandardCharsets.UTF_8));
        Path body = Files.writeString(home.resolve("body.txt"), sample.body());

        Cli.Result added = Cli.run(environment(), "articles", "add", "--title", sample.title(),
                "--file", body.toString(), "--published", "2016-09-09T10:00:00Z", "-o", "json");
        assertEquals(0, added.exitCode(), added::toString);
        sampleId = new ObjectMapper().readTree(added.out()).path("id").asLong();
        assertTrue(sampleId > 0, added::toString);

        Cli.Result again = Cli.run(environment(), "articles", "add", "--title", sample.title(),
                "--file", body.toString(), "--published", "2016-09-09T10:00:00Z");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().startsWith("article " + sampleId + " was already stored"), again::toString);

        Cli.Result summarised = Cli.run(environment(), "summary", Long.toString(sampleId));
        assertEquals(0, summarised.exitCode(), summarised::toString);
        for (String expected : new String[] {sample.title(), "Kerry", "Lavrov", "Geneva", "Key facts"}) {
            assertTrue(summarised.out().contains(expected), () -> expected + " in\n" + summarised);
        }

        Cli.Result asJson = Cli.run(environment(), "facts", Long.toString(sampleId), "-o", "json");
        assertEquals(0, asJson.exitCode(), asJson::toString);
        assertTrue(new ObjectMapper().readTree(asJson.out()).path("facts").isObject(), asJson::toString);
    }

    @Test
    @Order(2)
    void listsAndGetsTheSample() {
        Cli.Result list = Cli.run(environment(), "articles", "list", "--query", "Lavrov");
        assertEquals(0, list.exitCode(), list::toString);
        assertTrue(list.out().contains("Syrian deal"), list::toString);

        Cli.Result get = Cli.run(environment(), "articles", "get", Long.toString(sampleId));
        assertEquals(0, get.exitCode(), get::toString);
        assertTrue(get.out().contains("Geneva"), get::toString);
    }

    @Test
    @Order(3)
    void unknownIdIsNotFound() {
        Cli.Result summarised = Cli.run(environment(), "summary", "987654321");
        assertEquals(3, summarised.exitCode(), summarised::toString);
        assertEquals("news: article 987654321 not found\n", summarised.err());

        Cli.Result got = Cli.run(environment(), "articles", "get", "987654321");
        assertEquals(3, got.exitCode(), got::toString);
        assertEquals("news: article 987654321 not found\n", got.err());
    }

    @Test
    @Order(4)
    void servicesDownIsUnavailable() {
        String nothing = "http://127.0.0.1:" + FreePort.find();

        Cli.Result result = Cli.run(Environment.of(Map.of("NEWS_ARTICLE_URL", nothing, "NEWS_SUMMARY_URL", nothing), home),
                "summary", "1");

        assertEquals(4, result.exitCode(), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
    }

    @Test
    @Order(4)
    void writingWithoutTheEditorRoleIsNotAuthorised() {
        Map<String, String> reader = Map.of("NEWS_ARTICLE_URL", article.url(), "NEWS_SUMMARY_URL", summary.url(),
                "NEWS_TOKEN", JwtKeys.shared().token("a-reader", "reader"));
        Cli.Result deleted = Cli.run(Environment.of(reader, home), "articles", "delete", Long.toString(sampleId));
        assertEquals(5, deleted.exitCode(), deleted::toString);
        assertEquals(1, deleted.err().lines().count(), deleted::toString);

        Cli.Result anonymous = Cli.run(Environment.of(Map.of("NEWS_ARTICLE_URL", article.url()), home),
                "articles", "delete", Long.toString(sampleId));
        assertEquals(5, anonymous.exitCode(), anonymous::toString);
        assertEquals(0, Cli.run(environment(), "articles", "get", Long.toString(sampleId)).exitCode(), "nothing was deleted");
    }

    @Test
    @Order(5)
    void theLauncherScriptRunsTheSameCommands() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is built before the tests (process-classes)");

        Launched summarised = launch("summary", Long.toString(sampleId), "--sentences", "2",
                "--article-url", article.url(), "--summary-url", summary.url());
        assertEquals(0, summarised.exitCode(), summarised::toString);
        assertTrue(summarised.out().contains("Kerry") && summarised.out().contains("Geneva"), summarised::toString);

        Launched missing = launch("summary", "987654321", "--summary-url", summary.url());
        assertEquals(3, missing.exitCode(), missing::toString);
        assertEquals("news: article 987654321 not found\n", missing.err());

        Launched down = launch("summary", "1", "--summary-url", "http://127.0.0.1:" + FreePort.find());
        assertEquals(4, down.exitCode(), down::toString);
        assertEquals(1, down.err().lines().count(), down::toString);
    }

    private record Launched(int exitCode, String out, String err) {
    }

    private static Launched launch(String... args) throws Exception {
        // The same Java as the tests, and none of the developer's own settings.
        ProcessBuilder builder = LauncherTest.launcher(home, args);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + builder.command());
        }
        return new Launched(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
