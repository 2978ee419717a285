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
@TestProfile(ClosedReadsTests.ReadsClosed.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ClosedReadsTests {

    /** Reads closed by configuration. */
    public static class ReadsClosed implements QuarkusTestProfile {
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

    @Test
    void everyReadIsClosedWhateverItsPathOrParameters() {
        for (String path : new String[] {"/articles?q=bridge", "/articles?page=2&size=5", "/articles/999999", "/articles/",
                "/articles/not-a-number"}) {
            given().when().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        given().header("Authorization", "Bearer " + JwtKeys.shared().token("a-reader", "reader"))
                .when().get("/articles/999999").then().statusCode(404);
    }

    @Test
    void aBadTokenIsRefusedAndTheServicesOwnEndpointsStayOpen() {
        given().header("Authorization", "Bearer " + JwtKeys.shared().expired("a-reader", "reader"))
                .when().get("/articles").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aReaderStillCannotWrite() {
        given().header("Authorization", "Bearer " + JwtKeys.shared().token("a-reader", "reader"))
                .contentType("application/json").body("{\"title\": \"T\", \"body\": \"B.\"}")
                .when().post("/articles").then().statusCode(403).contentType("application/problem+json");
    }
}
