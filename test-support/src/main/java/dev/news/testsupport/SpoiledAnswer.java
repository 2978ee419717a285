package dev.news.testsupport;

import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Replaces a service's answer with a JSON one of the caller's choosing before {@link ContractCheck} sees it: the
 * tests of the check use it to show that an answer the contract does not allow fails the test, since the services'
 * own answers are correct.
 */
public final class SpoiledAnswer implements OrderedFilter {

    private final int status;
    private final String json;

    private SpoiledAnswer(int status, String json) {
        this.status = status;
        this.json = json;
    }

    /** The service's answer, replaced by {@code status} with the JSON body {@code json}. */
    public static SpoiledAnswer of(int status, String json) {
        return new SpoiledAnswer(status, json);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response real = context.next(request, response);
        return new ResponseBuilder().clone(real).setStatusCode(status).setContentType(ContentType.JSON).setBody(json).build();
    }

    /** Nearest the wire, after ContractCheck (of the default order) has passed the request on. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
