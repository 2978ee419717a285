package dev.news.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * An overloaded database is a 503 with Retry-After, not a 500: every pooled connection taken for longer than the
 * pool's acquisition time-out, and a statement stopped by the statement time-out (here, waiting for a lock).
 */
@QuarkusTest
@TestProfile(DatabaseBusyTests.SmallPool.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DatabaseBusyTests {

    /** Two connections, waited for one second; statements stopped after one second. */
    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c statement_timeout=1000");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private long id;

    @BeforeEach
    void storeOne() {
        id = given().header("Authorization", Editor.header()).contentType(ContentType.JSON)
                .body("{\"title\": \"Busy " + System.nanoTime() + "\", \"body\": \"Stored before the rush.\"}")
                .when().post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anExhaustedPoolIsA503WithRetryAfter() throws SQLException {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            given().when().get("/articles/" + id).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("detail", equalTo("the service is busy; try again shortly"));
        }
        given().when().get("/articles/" + id).then().statusCode(200).body("body", equalTo("Stored before the rush."));
    }

    @Test
    void aStatementStoppedByTheStatementTimeoutIsA503() throws SQLException {
        try (Connection locker = dataSource.getConnection(); Statement lock = locker.createStatement()) {
            try (var rs = lock.executeQuery("SHOW statement_timeout")) {
                rs.next();
                assertEquals("1s", rs.getString(1), "the statement time-out reaches the pool's connections");
            }
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE");
            try {
                given().when().get("/articles/" + id).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", equalTo("1"));
            } finally {
                locker.rollback();
            }
        }
        given().when().get("/articles/" + id).then().statusCode(200);
    }
}
