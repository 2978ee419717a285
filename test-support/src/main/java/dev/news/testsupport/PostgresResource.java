package dev.news.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application under test at a database of the JVM's {@link ThrowawayPostgres}. Init arg
 * {@code database} names it (default {@code articles}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "articles";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        ThrowawayPostgres postgres = ThrowawayPostgres.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", ThrowawayPostgres.USER,
                "quarkus.datasource.password", ThrowawayPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        // The server lives as long as the JVM: other test classes reuse it, a shutdown hook removes it.
    }
}
