package dev.news.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server for one test JVM, made by the project's {@code scripts/throwaway-postgres} from the
 * installed binaries and removed when the JVM exits. Holds the databases {@code articles} and {@code summaries}.
 */
public final class ThrowawayPostgres {

    public static final String USER = "news";
    public static final String PASSWORD = "news";
    private static final List<String> DATABASES = List.of("articles", "summaries");

    private static ThrowawayPostgres shared;

    private final Path state;
    private final int port;

    private ThrowawayPostgres(Path state, int port) {
        this.state = state;
        this.port = port;
    }

    /** The JVM's server, started on first use. */
    public static synchronized ThrowawayPostgres shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "throwaway-postgres-stop"));
        }
        return shared;
    }

    private static ThrowawayPostgres start() {
        try {
            Path state = Files.createTempDirectory("news-pg-state");
            int port = FreePort.find();
            List<String> command = new ArrayList<>(List.of(script(), "start", state.toString(), Integer.toString(port)));
            command.addAll(DATABASES);
            run(command);
            return new ThrowawayPostgres(state, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Stops the server, keeping its data: what a database outage looks like to a service. */
    public void pause() {
        run(List.of(script(), "pause", state.toString()));
    }

    /** Starts the server again after {@link #pause()}, on the same port. */
    public void resume() {
        run(List.of(script(), "resume", state.toString()));
    }

    public void stop() {
        run(List.of(script(), "stop", state.toString()));
    }

    private static String script() {
        return RepoRoot.get().resolve("scripts/throwaway-postgres").toString();
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("throwaway PostgreSQL failed: " + command + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
