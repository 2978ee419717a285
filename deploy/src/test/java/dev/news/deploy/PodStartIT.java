package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.news.testsupport.FreePort;
import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.ThrowawayPostgres;

/**
 * Starts both services of an overlay the way their pods start them (see {@link PodLaunch}): the packaged jars
 * with the rendered command line, environment and limits, on the tests' throwaway PostgreSQL, logged in as the
 * users and with the passwords the rendering gives. Each must become ready, and leave on SIGTERM within its
 * grace period. This is what fails when an image and its manifests disagree about how the JVM starts.
 */
class PodStartIT {

    static final String ARTICLE = ManifestTests.ARTICLE;
    static final String SUMMARY = ManifestTests.SUMMARY;
    /** summary-service loads about 700 MB of NLP models before it is ready; a busy machine is slow at it. */
    static final Duration READY_WITHIN = Duration.ofSeconds(240);

    static Path scratch;

    @BeforeAll
    static void scratch() throws IOException {
        scratch = Files.createTempDirectory("news-pods");
    }

    @AfterAll
    static void removeScratch() throws IOException {
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> f.toFile().delete());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void bothServicesStartAsTheirPodsDoAndBecomeReady(String dir) throws Exception {
        Rendering r = Rendering.of(dir);
        ThrowawayPostgres postgres = ThrowawayPostgres.shared();
        for (String service : ManifestTests.SERVICES) {
            createDatabaseUser(r, service, postgres);
        }
        String database = "127.0.0.1:" + postgres.port();
        int articlePort = FreePort.find();
        PodLaunch.Surroundings around = new PodLaunch.Surroundings(database,
                Map.of(ARTICLE, "http://127.0.0.1:" + articlePort));
        PodLaunch article = PodLaunch.of(r, ARTICLE, ManifestTests.SOURCES.get(ARTICLE), around, articlePort,
                scratch.resolve(dir + "/" + ARTICLE), List.of());
        PodLaunch summary = PodLaunch.of(r, SUMMARY, ManifestTests.SOURCES.get(SUMMARY), around, FreePort.find(),
                scratch.resolve(dir + "/" + SUMMARY), List.of());
        // Both at once, as a rollout starts them; neither's readiness waits for the other.
        article.start();
        summary.start();
        try {
            article.awaitReady(READY_WITHIN);
            summary.awaitReady(READY_WITHIN);
            if (article.environment.containsKey("MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
                summariseAnArticleWrittenWithAToken(dir, article, summary);
            }
            for (PodLaunch pod : List.of(article, summary)) {
                long rss = residentBytes(pod);
                assertTrue(rss < pod.memoryLimitBytes, dir + ": " + pod.name + " uses " + (rss >> 20) + " MiB when "
                        + "ready, over its limit of " + (pod.memoryLimitBytes >> 20) + " MiB");
            }
        } finally {
            for (PodLaunch pod : List.of(summary, article)) {
                double seconds = pod.stop();
                assertTrue(seconds <= pod.terminationGraceSeconds, dir + ": " + pod.name + " did not stop within its "
                        + "grace period of " + pod.terminationGraceSeconds + " s after SIGTERM");
            }
        }
    }

    /**
     * Where the rendering wires in a token key (prod: the operator's, here the test JVM's), an editor's token is
     * accepted: the sample article is stored, and summary-service, reaching article-service by its Service name,
     * summarises it.
     */
    static void summariseAnArticleWrittenWithAToken(String dir, PodLaunch article, PodLaunch summary) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Path sample = Rendering.ROOT.resolve("samples/syria-talks-geneva.txt");
        HttpResponse<String> stored = client.send(HttpRequest.newBuilder(URI.create(article.url() + "/articles"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", "Bearer " + JwtKeys.shared().editor())
                .POST(HttpRequest.BodyPublishers.ofFile(sample)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, stored.statusCode(), dir + ": the editor's token was not accepted: " + stored.body());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(stored.body());
        assertTrue(id.find(), stored.body());
        HttpResponse<String> answer = null;
        // A fresh analysis on a busy machine may take longer than the service's deadline; it then answers 503.
        for (int attempt = 0; attempt < 10; attempt++) {
            answer = client.send(HttpRequest.newBuilder(URI.create(summary.url() + "/summaries/" + id.group(1)))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 503) {
                break;
            }
            Thread.sleep(2000);
        }
        assertEquals(200, answer.statusCode(), dir + ": summary of article " + id.group(1) + ": " + answer.body());
    }

    /** What summary-service's image did before it owned its command: the launcher's collector on top of the pod's. */
    @Test
    void aSecondCollectorOnTheCommandLineStopsTheJvm() {
        Rendering r = Rendering.of("overlays/dev");
        PodLaunch.Surroundings around = new PodLaunch.Surroundings("127.0.0.1:1", Map.of());
        PodLaunch summary = PodLaunch.of(r, SUMMARY, ManifestTests.SOURCES.get(SUMMARY), around, FreePort.find(),
                scratch.resolve("clash"), List.of("-XX:+UseParallelGC"));
        AssertionError failure = null;
        try {
            summary.start().awaitReady(Duration.ofSeconds(60));
        } catch (AssertionError e) {
            failure = e;
        } finally {
            summary.stop();
        }
        assertNotNull(failure, "summary-service became ready with two collectors selected");
        assertTrue(failure.getMessage().contains("Multiple garbage collectors selected"), failure.getMessage());
    }

    /**
     * Makes the service's database user as the rendering names it, with the password its Secret holds, and hands it
     * the database of its JDBC URL (Flyway creates the tables as that user).
     */
    static void createDatabaseUser(Rendering r, String service, ThrowawayPostgres postgres) {
        Map<String, String> env = PodLaunch.containerEnvironment(r, r.mainContainer(service));
        String user = env.get("QUARKUS_DATASOURCE_USERNAME");
        String password = env.get("QUARKUS_DATASOURCE_PASSWORD");
        Matcher url = Pattern.compile("jdbc:postgresql://[^/]+/([^?]+).*").matcher(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertTrue(url.matches(), r.dir + ": " + service + " JDBC URL");
        psql(postgres, List.of("-v", "user=" + user, "-v", "password=" + password, "-v", "db=" + url.group(1)),
                "SELECT format('CREATE ROLE %I', :'user') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user')\\gexec\n"
                        + "ALTER ROLE :\"user\" LOGIN PASSWORD :'password';\n"
                        + "ALTER DATABASE :\"db\" OWNER TO :\"user\";\n");
    }

    static void psql(ThrowawayPostgres postgres, List<String> variables, String script) {
        List<String> command = new ArrayList<>(List.of(psqlBinary(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", Integer.toString(postgres.port()), "-U", ThrowawayPostgres.USER, "-d", "postgres"));
        command.addAll(variables);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", ThrowawayPostgres.PASSWORD);
            Process process = builder.start();
            process.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "psql hangs");
            assertEquals(0, process.exitValue(), "psql failed: " + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** psql of the installed server binaries (the ones scripts/throwaway-postgres uses), else the PATH's. */
    static String psqlBinary() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/psql")).filter(Files::isExecutable).map(Path::toString)
                    .sorted().reduce((a, b) -> b).orElse("psql");
        } catch (IOException e) {
            return "psql";
        }
    }

    /** The process's resident memory, from /proc. */
    static long residentBytes(PodLaunch pod) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pod.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) << 10;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no VmRSS for " + pod.name);
    }
}
