package dev.news.summary.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.news.testsupport.ArticleServiceResource;
import dev.news.testsupport.PostgresResource;
import dev.news.testsupport.SpoiledAnswer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The contract check is on for this service's tests too: an answer its OpenAPI document does not allow fails the test. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "summaries"))
@WithTestResource(value = ArticleServiceResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ContractCheckTests {

    @Test
    void anAnswerTheContractForbidsFailsTheTest() {
        given().when().get("/summaries/abc").then().statusCode(400);
        AssertionError error = assertThrows(AssertionError.class,
                () -> given().filter(SpoiledAnswer.of(418, "{}")).when().get("/summaries/abc"));
        assertThat(error.getMessage(), containsString("418"));
    }
}
