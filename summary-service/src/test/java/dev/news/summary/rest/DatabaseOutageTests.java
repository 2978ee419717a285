package dev.news.summary.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.news.testsupport.ArticleServiceResource;
import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.PostgresResource;
import dev.news.testsupport.ThrowawayPostgres;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** PostgreSQL restarted under both running services: readiness goes down, answers are 503, both recover alone. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "summaries"))
@WithTestResource(value = ArticleServiceResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DatabaseOutageTests {

    @BeforeEach
    void ready() {
        EngineReady.await();
    }

    @Test
    void bothServicesRecoverFromADatabaseRestart() throws InterruptedException {
        String articleService = ConfigProvider.getConfig().getValue("news.test.article-service.url", String.class);
        long id = given().baseUri(articleService).header("Authorization", "Bearer " + JwtKeys.shared().editor())
                .contentType(ContentType.JSON)
                .body(java.util.Map.of("title", "Flood warning lifted in Bremen " + System.nanoTime(),
                        "body", "Officials in Bremen lifted a flood warning on Friday. The river fell by a metre overnight."))
                .when().post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        ThrowawayPostgres postgres = ThrowawayPostgres.shared();
        postgres.pause();
        try {
            given().when().get("/q/health/ready").then().statusCode(503);
            given().baseUri(articleService).when().get("/q/health/ready").then().statusCode(503);
            given().when().get("/summaries/" + id).then().statusCode(503).contentType("application/problem+json");
        } finally {
            postgres.resume();
        }

        // Recovered means answering again, several times in a row, each time asking article-service (no-cache):
        // the classes that share this application then find the circuit breaker closed with a window of
        // successes, not of the outage's failures.
        long deadline = System.nanoTime() + 60_000_000_000L;
        int inARow = 0;
        while (inARow < 6) {
            assertTrue(System.nanoTime() < deadline, "summary-service answers again within 60 s");
            if (given().header("Cache-Control", "no-cache").when().get("/summaries/" + id).statusCode() == 200) {
                inARow++;
            } else {
                inARow = 0;
                Thread.sleep(500);
            }
        }
        given().when().get("/q/health/ready").then().statusCode(200);
        given().baseUri(articleService).when().get("/q/health/ready").then().statusCode(200);
    }
}
