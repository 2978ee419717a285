package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real bin/news in its own process, for what only a process shows: signals, exit status, start-up. */
class LauncherTest {

    static final Path LAUNCHER = Path.of("target/news/bin/news");

    @TempDir
    Path home;

    /** Starts bin/news with the tests' Java and none of the developer's settings. */
    static ProcessBuilder launcher(Path home, String... args) {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is built before the tests (process-classes)");
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().remove("NEWS_ARTICLE_URL");
        builder.environment().remove("NEWS_SUMMARY_URL");
        builder.environment().remove("NEWS_TOKEN");
        builder.environment().remove("NEWS_JAVA_OPTS");
        return builder;
    }

    @Test
    void anInterruptedImportSaysWhatWasStoredAndHowToResume() throws Exception {
        CountDownLatch secondBatch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        try (StubServer articles = StubServer.start().on("POST", "/articles/import", request -> {
            if (calls.incrementAndGet() > 1) {
                secondBatch.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return StubServer.Response.json(200, "{\"created\":1,\"duplicates\":0,\"invalid\":0,"
                    + "\"results\":[{\"line\":1,\"status\":\"created\",\"id\":" + calls.get() + "}]}");
        })) {
            Path file = Files.writeString(home.resolve("three.ndjson"), "{\"title\":\"1\"}\n{\"title\":\"2\"}\n{\"title\":\"3\"}\n");
            Path err = home.resolve("err.txt");
            ProcessBuilder builder = launcher(home, "articles", "import", file.toString(), "--batch-size", "1",
                    "--article-url", articles.url());
            // The signal must reach the JVM, not a shell waiting for it.
            builder.environment().put("NEWS_CDS", "off");
            Process process = builder.redirectError(err.toFile()).redirectOutput(home.resolve("out.txt").toFile()).start();
            try {
                assertTrue(secondBatch.await(30, TimeUnit.SECONDS), "the second batch was sent");
                // What Ctrl-C does to the JVM: the shutdown hooks run; SIGTERM runs them the same way.
                process.destroy();
                assertTrue(process.waitFor(20, TimeUnit.SECONDS));
            } finally {
                release.countDown();
                process.destroyForcibly();
            }
            assertEquals("news: interrupted: stored 1 of 3; re-run to resume (duplicates are skipped)\n",
                    Files.readString(err));
        }
    }
}
