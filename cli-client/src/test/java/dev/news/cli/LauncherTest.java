package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void theLaunchersClassPathHoldsOneVersionOfEachJar() throws Exception {
        // lib/* is the class path: two versions of one library there (left from an earlier build) would mix.
        List<String> names;
        try (var jars = Files.list(LAUNCHER.getParent().resolveSibling("lib"))) {
            names = jars.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar"))
                    .map(n -> n.replaceAll("-\\d[\\w.-]*\\.jar$", "")).sorted().toList();
        }
        assertFalse(names.isEmpty());
        assertEquals(names.stream().distinct().toList(), names, "one version of each library");
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
            // The launcher execs the JVM (after a training run for the class-data archive), so the signal reaches it.
            Process process = launcher(home, "articles", "import", file.toString(), "--batch-size", "1",
                    "--article-url", articles.url()).redirectError(err.toFile()).redirectOutput(home.resolve("out.txt").toFile()).start();
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

    @Test
    void theFirstRunTrainsACompleteArchiveAndANewOneReplacesIt() throws Exception {
        try (StubServer summaries = StubServer.start().on("GET", "/summaries/42", 200, "summary-42.json")) {
            Path cache = home.resolve("cache/news");
            Path loaded = home.resolve("loaded.txt");
            // Logged by the run after the training, whose own log the JVM rotates out of the way.
            Launched first = run(launcher(home, "summary", "42", "--summary-url", summaries.url()),
                    "-Xlog:class+load=info:file=" + loaded);

            assertEquals(0, first.exitCode(), first::toString);
            assertTrue(first.out().contains("Key facts"), first::toString);
            List<Path> archives = archives(cache);
            assertEquals(1, archives.size(), archives::toString);
            String log = Files.readString(loaded);
            for (String summaryClass : new String[] {"dev.news.cli.SummaryView", "dev.news.cli.ServiceClient",
                "dev.news.cli.FactsView", "com.fasterxml.jackson.databind.ObjectMapper"}) {
                assertTrue(log.contains(summaryClass + " source: shared objects file"),
                        summaryClass + " comes from the archive the training run made, not only what --help loads");
            }

            Launched again = run(launcher(home, "--version"), "-Xss2m");
            assertEquals(0, again.exitCode(), again::toString);
            List<Path> now = archives(cache);
            assertEquals(1, now.size(), "other options, another archive; the stale one removed: " + now);
            assertFalse(now.equals(archives), now::toString);
        }
    }

    @Test
    void withoutAnArchiveItRunsAllTheSame() throws Exception {
        ProcessBuilder builder = launcher(home, "--version");
        builder.environment().put("NEWS_CDS", "off");
        Launched plain = run(builder, "");

        assertEquals(0, plain.exitCode(), plain::toString);
        assertTrue(plain.out().startsWith("news "), plain::toString);
        assertFalse(Files.exists(home.resolve("cache/news")), "NEWS_CDS=off writes no archive");
    }

    private static List<Path> archives(Path cache) throws Exception {
        try (var files = Files.list(cache)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    record Launched(int exitCode, String out, String err) {
    }

    private Launched run(ProcessBuilder builder, String javaOptions) throws Exception {
        builder.environment().put("NEWS_JAVA_OPTS", javaOptions);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + builder.command());
        }
        return new Launched(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
