package dev.news.article.rest;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With {@code news.article.open-reads=false}, reading needs a valid token too. */
@QuarkusTest
@TestProfile(ClosedReadsTests.ClosedReads.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ClosedReadsTests {

    /** Reads closed by configuration. */
    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("news.article.open-reads", "false");
        }
    }

    @Test
    void readsNeedAToken() {
        given().when().get("/articles").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/articles/1").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + JwtKeys.shared().token("a-reader", "reader"))
                .when().get("/articles").then().statusCode(200);
    }
}
