package dev.news.article.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import dev.news.testsupport.JwtResource;
import dev.news.testsupport.LogCapture;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Article text never reaches the logs, whatever fails: requests that are refused, writes that race for the same
 * content (the database's unique-key error), an import whose batch meets a duplicate, a page that is no article.
 * Each text carries a marker word that no log line may contain.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BodiesNeverLoggedTests {

    @Test
    void noFailureLogsTheTextItWasGiven() throws Exception {
        String marker = "Zqxmarker" + System.nanoTime();
        String body = "The harbour board met on Monday. " + marker + " was the word of the day.";
        try (LogCapture logs = LogCapture.start()) {
            // Refused input: a bad field next to the text, broken JSON around it, a language tag too long.
            given().filter(DELIBERATELY_INVALID_REQUEST).header("Authorization", Editor.header()).contentType(ContentType.JSON)
                    .body("{\"title\": \"T\", \"body\": \"" + body + "\", \"publishedAt\": \"yesterday\"}")
                    .when().post("/articles").then().statusCode(400);
            given().filter(DELIBERATELY_INVALID_REQUEST).header("Authorization", Editor.header()).contentType(ContentType.JSON)
                    .body("{\"title\": \"T\", \"body\": \"" + body + "\",, }")
                    .when().post("/articles").then().statusCode(400);
            given().filter(DELIBERATELY_INVALID_REQUEST).header("Authorization", Editor.header()).contentType(ContentType.JSON)
                    .body("{\"title\": \"T\", \"body\": \"" + body + "\", \"language\": \"" + "x".repeat(40) + "\"}")
                    .when().post("/articles").then().statusCode(400);

            // Eight writes of the same new content at once: one is stored, the others lose on the unique key.
            String raced = "{\"title\": \"Race " + marker + "\", \"body\": \"" + body + " Raced.\"}";
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<CompletableFuture<Integer>> writes = java.util.stream.IntStream.range(0, 8)
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().header("Authorization", Editor.header())
                                .contentType(ContentType.JSON).body(raced).when().post("/articles").statusCode(), pool))
                        .toList();
                for (CompletableFuture<Integer> w : writes) {
                    int status = w.get();
                    assertTrue(status == 200 || status == 201 || status == 409, "status " + status);
                }
            } finally {
                pool.shutdown();
            }

            // An import whose lines repeat content already stored and each other.
            String line = "{\"title\": \"Import " + marker + "\", \"body\": \"" + body + " Imported.\"}\n";
            given().header("Authorization", Editor.header()).contentType("application/x-ndjson")
                    .body((line + line + raced + "\n").getBytes(StandardCharsets.UTF_8))
                    .when().post("/articles/import").then().statusCode(200);

            // A page with no article in it.
            given().header("Authorization", Editor.header()).contentType("text/html")
                    .body("<html><body><nav>" + marker + "</nav></body></html>")
                    .when().post("/articles").then().statusCode(422);

            // The capture sees what the application's logging API writes.
            org.jboss.logging.Logger.getLogger(BodiesNeverLoggedTests.class).warnf("probe %s", "seen");
            assertEquals(1, logs.containing("probe").size(), "the capture is attached");
            assertEquals(List.of(), logs.containing(marker), "log records with the posted text");
        }
    }
}
