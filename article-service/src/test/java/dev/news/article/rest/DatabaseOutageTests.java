package dev.news.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import dev.news.testsupport.ThrowawayPostgres;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** PostgreSQL restarted under a running service: readiness goes down, requests get 503, and it recovers alone. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DatabaseOutageTests {

    @Test
    void survivesADatabaseRestart() throws InterruptedException {
        long id = given().header("Authorization", Editor.header()).contentType(ContentType.JSON)
                .body("{\"title\": \"Outage " + System.nanoTime() + "\", \"body\": \"Written before the outage.\"}")
                .when().post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        ThrowawayPostgres postgres = ThrowawayPostgres.shared();
        postgres.pause();
        try {
            given().when().get("/q/health/ready").then().statusCode(503);
            given().when().get("/q/health/live").then().statusCode(200);
            given().when().get("/articles/" + id).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"));
        } finally {
            postgres.resume();
        }

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (given().when().get("/q/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "ready again within 30 s");
            Thread.sleep(200);
        }
        given().when().get("/articles/" + id).then().statusCode(200).body("body", equalTo("Written before the outage."));
        given().header("Authorization", Editor.header()).contentType(ContentType.JSON)
                .body("{\"title\": \"After outage " + System.nanoTime() + "\", \"body\": \"Written after it.\"}")
                .when().post("/articles").then().statusCode(201);
    }
}
