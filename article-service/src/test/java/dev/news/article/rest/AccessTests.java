package dev.news.article.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AccessTests {

    private static final String ARTICLE = "{\"title\": \"Access test\", \"body\": \"Only editors write.\"}";

    @Test
    void writesWithoutATokenAre401() {
        // No token where the contract asks for one: the request is off-contract on purpose, the 401 is checked.
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON).body(ARTICLE).when().post("/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("errors[0].field", equalTo("Authorization"));
        given().filter(DELIBERATELY_INVALID_REQUEST).when().delete("/articles/1").then().statusCode(401).contentType("application/problem+json");
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType("application/x-ndjson").body(ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/articles/import").then().statusCode(401);
    }

    @Test
    void badTokensAre401() {
        String expired = JwtKeys.shared().expired("late-editor", "editor");
        given().header("Authorization", "Bearer " + expired).contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/articles").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not.a.token").contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/articles").then().statusCode(401).contentType("application/problem+json");
        String editor = JwtKeys.shared().editor();
        String forged = editor.substring(0, editor.lastIndexOf('.') + 1) + "AAAA";
        given().header("Authorization", "Bearer " + forged).contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/articles").then().statusCode(401);
    }

    @Test
    void aTokenMayLive25HoursAtMost() {
        String month = JwtKeys.shared().tokenLiving(java.time.Duration.ofDays(30), "far-sighted-editor", "editor");
        given().header("Authorization", "Bearer " + month).contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/articles").then().statusCode(401).contentType("application/problem+json");
        String day = JwtKeys.shared().tokenLiving(java.time.Duration.ofHours(24), "daily-editor", "editor");
        given().header("Authorization", "Bearer " + day).contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/articles").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    void aTokenWithoutTheEditorRoleIs403() {
        String reader = JwtKeys.shared().token("a-reader", "reader");
        given().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/articles").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void editorsWriteAndAnyoneReads() {
        long id = given().header("Authorization", Editor.header()).contentType(ContentType.JSON)
                .body("{\"title\": \"Readable " + System.nanoTime() + "\", \"body\": \"Open to readers.\"}")
                .when().post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get("/articles/" + id).then().statusCode(200);
        given().when().get("/articles").then().statusCode(200);
    }
}
