package dev.news.summary.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.news.testsupport.ArticleServiceResource;
import dev.news.testsupport.LogCapture;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Posted texts never reach the logs, however hostile: a sentence of thousands of words (which the tagger once logged
 * whole), punctuation alone, abbreviations without end, and texts the service refuses. Each carries a marker word
 * that no log record may contain. The posts come from their own client address (forwarded by the loopback proxy the
 * service trusts), so they cost nothing of the rate-limit budget the other test classes share.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "summaries"))
@WithTestResource(value = ArticleServiceResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BodiesNeverLoggedTests {

    private static final String CLIENT = "203.0.113.77";

    @BeforeEach
    void ready() {
        EngineReady.await();
    }

    private static int post(Object body) {
        return given().header("X-Forwarded-For", CLIENT).contentType(ContentType.JSON).body(body)
                .when().post("/summaries").statusCode();
    }

    private static int postBroken(String json) {
        return given().filter(DELIBERATELY_INVALID_REQUEST).header("X-Forwarded-For", CLIENT).contentType(ContentType.JSON).body(json)
                .when().post("/summaries").statusCode();
    }

    @Test
    void noAnalysisOrRefusalLogsThePostedText() {
        String marker = "Zqxmarker" + System.nanoTime();
        try (LogCapture logs = LogCapture.start()) {
            String longSentence = ("the harbour board met again and " + marker + " ").repeat(2_000);
            // Analysed (or stopped at the analysis deadline on a slow machine): either way the text went through the engine.
            assertTrue(Set.of(200, 503).contains(post(Map.of("title", "Long", "text", "It began. " + longSentence + "."))));
            assertTrue(Set.of(200, 503).contains(post(Map.of("title", "Punctuation", "text", marker + " " + "!?;:,.".repeat(20_000)))));
            assertTrue(Set.of(200, 503).contains(post(Map.of("title", "Abbreviations", "text", marker + " " + "Mr. ".repeat(20_000)))));
            assertEquals(400, post(Map.of("title", "Refused", "text", marker, "sentences", -1)));
            assertEquals(400, postBroken("{\"title\": \"Broken\", \"text\": \"" + marker + "\",, }"));

            org.jboss.logging.Logger.getLogger(BodiesNeverLoggedTests.class).warnf("probe %s", "seen");
            assertEquals(1, logs.containing("probe").size(), "the capture is attached");
            assertEquals(List.of(), logs.containing(marker), "log records with the posted text");
        }
    }
}
