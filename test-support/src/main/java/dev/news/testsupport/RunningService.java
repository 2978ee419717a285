package dev.news.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service of this repository run from its packaged jar ({@code MODULE/target/quarkus-app/quarkus-run.jar})
 * in its own JVM, as a user runs it: used by tests that cross services.
 */
public final class RunningService implements AutoCloseable {

    private final String module;
    private final String heap;
    private final int port;
    private final Map<String, String> properties;
    private Process process;

    private RunningService(String module, String heap, int port, Map<String, String> properties) {
        this.module = module;
        this.heap = heap;
        this.port = port;
        this.properties = properties;
    }

    /**
     * Starts {@code module} on a free port with at most {@code heap} of Java heap (such as {@code 512m}) and the
     * given config properties, and waits until it is ready.
     */
    public static RunningService start(String module, String heap, Map<String, String> properties) {
        RunningService service = new RunningService(module, heap, FreePort.find(), properties);
        service.start();
        return service;
    }

    /** Starts summary-service on the JVM's throwaway PostgreSQL, calling the given article-service. */
    public static RunningService summaryService(RunningService articleService) {
        ThrowawayPostgres postgres = ThrowawayPostgres.shared();
        // The NLP models need more heap than the default of a small JVM.
        return start("summary-service", "1536m", Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("summaries"),
                "quarkus.datasource.username", ThrowawayPostgres.USER,
                "quarkus.datasource.password", ThrowawayPostgres.PASSWORD,
                "quarkus.rest-client.article-service.url", articleService.url()));
    }

    /** Starts article-service on the JVM's throwaway PostgreSQL, trusting the tokens of {@link JwtKeys#shared()}. */
    public static RunningService articleService() {
        ThrowawayPostgres postgres = ThrowawayPostgres.shared();
        return start("article-service", "256m", Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("articles"),
                "quarkus.datasource.username", ThrowawayPostgres.USER,
                "quarkus.datasource.password", ThrowawayPostgres.PASSWORD,
                "mp.jwt.verify.publickey.location", JwtKeys.shared().publicKeyLocation(),
                "mp.jwt.verify.issuer", JwtKeys.ISSUER));
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the process (again, after {@link #close()}) on the same port. */
    public synchronized void start() {
        Path jar = RepoRoot.get().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + module + " first (./mvnw package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        Path log = RepoRoot.get().resolve(module).resolve("target/" + module + "-test-run.log");
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(log);
    }

    private void awaitReady(Path log) {
        switch (Readiness.await(process, url(), Duration.ofSeconds(240), Duration.ofMillis(200))) {
            case READY -> {
            }
            case EXITED -> throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log);
            case TIMED_OUT -> {
                close();
                throw new IllegalStateException(module + " not ready within 240 s; see " + log);
            }
        }
    }


    /** Stops the process gracefully and waits for it to exit. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
