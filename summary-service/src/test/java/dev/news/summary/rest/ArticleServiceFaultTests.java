package dev.news.summary.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * article-service down, failing or slow: summary-service answers 503, opens its breaker, and recovers alone. Refusing
 * is none of these: 502.
 */
@QuarkusTest
@TestProfile(ArticleServiceFaultTests.ShortFaultTolerance.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "summaries"))
@WithTestResource(value = StubArticleService.class, scope = TestResourceScope.MATCHING_RESOURCES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticleServiceFaultTests {

    /** Shorter timeout and breaker delay, so the test does not wait for production values, and a low rate limit. */
    public static class ShortFaultTolerance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String fetch = "dev.news.summary.article.ArticleFetcher/fetch/";
            return Map.of(
                    fetch + "Timeout/value", "2000",
                    fetch + "Timeout/unit", "MILLIS",
                    fetch + "CircuitBreaker/delay", "1500",
                    fetch + "CircuitBreaker/delayUnit", "MILLIS",
                    "news.summary.posts-per-minute", "3",
                    // Every copy is past its age at once, and still inside the window where it is served.
                    "news.summary.article-max-age", "0S",
                    "news.summary.article-stale-while-revalidate", "1H",
                    // summary-service signs its own token with the key whose public half the stub trusts.
                    "news.summary.article-token-key", JwtKeys.shared().privateKeyLocation());
        }
    }

    @BeforeEach
    void ready() {
        EngineReady.await();
    }

    static void mode(String mode) {
        given().baseUri(control()).when().post("/mode/" + mode).then().statusCode(204);
    }

    static int calls() {
        return Integer.parseInt(given().baseUri(control()).when().get("/calls").then().statusCode(200).extract().asString());
    }

    static String control() {
        return ConfigProvider.getConfig().getValue("news.test.stub-control.url", String.class);
    }

    @Test
    @Order(1)
    void healthyStubIsSummarised() {
        mode("ok");
        given().when().get("/summaries/7").then().statusCode(200).body("facts.places.name", org.hamcrest.Matchers.hasItem("Dresden"));
        given().when().get("/summaries/404").then().statusCode(404);
    }

    @Test
    @Order(2)
    void closedReadsAreReadWithSummaryServicesOwnReaderToken() {
        mode("closed");
        given().when().get("/summaries/43").then().statusCode(200).body("articleId", equalTo(43));
        String claims = given().baseUri(control()).when().get("/token").then().statusCode(200).extract().asString();
        assertTrue(claims.contains("\"sub\":\"summary-service\""), claims);
        assertTrue(claims.contains("\"groups\":[\"reader\"]"), claims);
        assertTrue(claims.contains("\"iss\":\"news\""), claims);
        mode("ok");
    }

    @Test
    @Order(3)
    void aCopyPastItsAgeIsServedWhileArticleServiceIsAskedInTheBackground() throws InterruptedException {
        mode("ok");
        given().when().get("/summaries/31").then().statusCode(200);
        int before = calls();
        given().when().get("/summaries/31").then().statusCode(200).body("articleId", equalTo(31));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (calls() == before) {
            assertTrue(System.nanoTime() < deadline, "article-service is asked in the background");
            Thread.sleep(50);
        }
        assertEquals(before + 1, calls(), "asked once, not once per request");
    }

    @Test
    @Order(4)
    void failingServiceIsRetriedThenTheBreakerOpens() {
        mode("error");
        int before = calls();
        given().when().get("/summaries/9").then().statusCode(503).header("Retry-After", equalTo("5"))
                .body("detail", containsString("500"));
        assertEquals(before + 3, calls(), "one call and two retries");
        // Failures now fill most of the breaker's window: it opens, and the stub is left alone.
        given().when().get("/summaries/10").then().statusCode(503);
        int whileOpen = calls();
        given().when().get("/summaries/11").then().statusCode(503).body("detail", containsString("paused"));
        assertEquals(whileOpen, calls(), "an open breaker makes no call");
    }

    @Test
    @Order(5)
    void recoversAloneWhenTheServiceIsBack() throws InterruptedException {
        mode("ok");
        Thread.sleep(1_700);
        given().when().get("/summaries/12").then().statusCode(200).body("articleId", equalTo(12));
    }

    @Test
    @Order(6)
    void downIs503WithRetryAfter() {
        mode("down");
        int before = calls();
        given().when().get("/summaries/8").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("unreachable"));
        assertEquals(before, calls(), "nothing listened");
    }

    @Test
    @Order(7)
    void slowServiceTimesOut() {
        mode("slow");
        long start = System.nanoTime();
        given().when().get("/summaries/13").then().statusCode(503).body("detail", containsString("in time"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 4_500, "answered within the timeout, took " + millis + " ms");
        mode("ok");
    }

    @Test
    @Order(8)
    void aRefusalIs502NamingItNotUnavailable() {
        mode("refuse");
        int before = calls();
        given().when().get("/summaries/41").then().statusCode(502)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.nullValue())
                .body("status", equalTo(502))
                .body("detail", containsString("refused the request with 401"))
                .body("detail", containsString("does not accept summary-service's token"))
                .body("detail", org.hamcrest.Matchers.not(containsString("unavailable")));
        assertEquals(before + 1, calls(), "a refusal is not retried");
        mode("ok");
    }

    @Test
    @Order(9)
    void postedTextsAreRateLimitedPerClient() {
        for (int i = 0; i < 3; i++) {
            // Empty texts spend the budget without an analysis; the contract forbids them, and the 400 is checked.
            given().filter(DELIBERATELY_INVALID_REQUEST).contentType("application/json").body("{\"text\": \"\"}").when().post("/summaries")
                    .then().statusCode(400);
        }
        given().contentType("application/json").body("{\"text\": \"The river rose in Kyiv on Monday.\"}")
                .when().post("/summaries").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().when().get("/summaries/21").then().statusCode(200);
    }

    @Test
    @Order(10)
    void theLimitHoldsForEverySpellingOfThePath() {
        // The limit of the test before is spent; other spellings reach the same method and must not start afresh.
        for (String path : new String[] {"/summaries", "/summaries/", "/summaries/.", "//summaries", "/./summaries"}) {
            given().filter(DELIBERATELY_INVALID_REQUEST).urlEncodingEnabled(false).contentType("application/json").body("{\"text\": \"\"}")
                    .when().post(path).then().statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        }
    }
}
