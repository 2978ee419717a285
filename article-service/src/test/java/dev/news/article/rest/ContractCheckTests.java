package dev.news.article.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import dev.news.testsupport.SpoiledAnswer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The contract check is on for every test: what breaks the served OpenAPI document fails the test that sent it. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(Editor.class)
class ContractCheckTests {

    private static final String WITHOUT_BODY = "{\"title\": \"Only a title\"}";

    @Test
    void aRequestTheContractForbidsFailsTheTest() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> given().contentType(ContentType.JSON).body(WITHOUT_BODY).when().post("/articles"));
        assertThat(error.getMessage(), containsString("missing required properties"));
    }

    @Test
    void aDeliberatelyInvalidRequestIsSentAndItsRefusalChecked() {
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON).body(WITHOUT_BODY).when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
        AssertionError error = assertThrows(AssertionError.class, () -> given().filter(DELIBERATELY_INVALID_REQUEST)
                .filter(SpoiledAnswer.of(418, "{}")).contentType(ContentType.JSON).body(WITHOUT_BODY).when().post("/articles"));
        assertThat(error.getMessage(), containsString("418"));
    }

    @Test
    void anAnswerTheContractForbidsFailsTheTest() {
        AssertionError wrongType = assertThrows(AssertionError.class,
                () -> given().filter(SpoiledAnswer.of(200, "{\"items\": [], \"page\": \"one\"}")).when().get("/articles"));
        assertThat(wrongType.getMessage(), containsString("/page"));

        AssertionError undeclaredStatus = assertThrows(AssertionError.class,
                () -> given().filter(SpoiledAnswer.of(418, "{}")).when().get("/articles"));
        assertThat(undeclaredStatus.getMessage(), containsString("418"));
    }
}
