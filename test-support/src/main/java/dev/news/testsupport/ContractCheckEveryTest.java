package dev.news.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts a {@link ContractCheck} among REST Assured's filters before each {@code @QuarkusTest} test, so that a new test
 * is checked without asking. A module turns it on by naming this class in its test resources'
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public final class ContractCheckEveryTest implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        // REST Assured's filters are static and outlive a test class; one check is enough.
        if (RestAssured.filters().stream().noneMatch(ContractCheck.class::isInstance)) {
            RestAssured.filters(new ContractCheck());
        }
    }
}
