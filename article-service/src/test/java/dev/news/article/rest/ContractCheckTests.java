package dev.news.article.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.OrderedFilter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

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
        MatcherAssert.assertThat(error.getMessage(), containsString("missing required properties"));
    }

    @Test
    void aDeliberatelyInvalidRequestIsSentAndItsRefusalChecked() {
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON).body(WITHOUT_BODY).when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aResponseTheContractForbidsFailsTheTest() {
        // The service's own answer is correct, so a filter nearer the wire than the check spoils it.
        AssertionError wrongType = assertThrows(AssertionError.class,
                () -> given().filter(answering(200, "{\"items\": [], \"page\": \"one\"}")).when().get("/articles"));
        MatcherAssert.assertThat(wrongType.getMessage(), containsString("/page"));

        AssertionError undeclaredStatus = assertThrows(AssertionError.class,
                () -> given().filter(answering(418, "{}")).when().get("/articles"));
        MatcherAssert.assertThat(undeclaredStatus.getMessage(), containsString("418"));
    }

    /** Replaces the service's answer with {@code status} and a JSON {@code body}, after the check's filter saw the request. */
    private static OrderedFilter answering(int status, String body) {
        return new OrderedFilter() {
            @Override
            public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
                Response real = context.next(request, response);
                return new ResponseBuilder().clone(real).setStatusCode(status).setContentType(ContentType.JSON).setBody(body).build();
            }

            @Override
            public int getOrder() {
                return LOWEST_PRECEDENCE;
            }
        };
    }
}
