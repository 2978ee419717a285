package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private void config(Path folder, String content) throws Exception {
        Files.createDirectories(folder.resolve("news"));
        Files.writeString(folder.resolve("news/config.properties"), content);
    }

    @Test
    void defaultsWithoutAnything() {
        Settings settings = Settings.resolve(null, null, TIMEOUT, Environment.of(Map.of(), home));

        assertEquals("http://localhost:8081", settings.articleUrl().toString());
        assertEquals("http://localhost:8082", settings.summaryUrl().toString());
        assertNull(settings.token());
    }

    @Test
    void flagWinsOverEnvironmentWhichWinsOverConfigWhichWinsOverDefault() throws Exception {
        config(home.resolve(".config"), "article-url=http://config:1\nsummary-url=http://config:2\ntoken=from-config\n");
        Map<String, String> env = new HashMap<>();

        Settings fromConfig = Settings.resolve(null, null, TIMEOUT, Environment.of(env, home));
        assertEquals("http://config:1", fromConfig.articleUrl().toString());
        assertEquals("http://config:2", fromConfig.summaryUrl().toString());
        assertEquals("from-config", fromConfig.token());

        env.put("NEWS_ARTICLE_URL", "http://env:1/");
        env.put("NEWS_TOKEN", "from-env");
        Settings fromEnv = Settings.resolve(null, null, TIMEOUT, Environment.of(env, home));
        assertEquals("http://env:1", fromEnv.articleUrl().toString());
        assertEquals("http://config:2", fromEnv.summaryUrl().toString());
        assertEquals("from-env", fromEnv.token());

        Settings fromFlag = Settings.resolve("http://flag:1", "http://flag:2", TIMEOUT, Environment.of(env, home));
        assertEquals("http://flag:1", fromFlag.articleUrl().toString());
        assertEquals("http://flag:2", fromFlag.summaryUrl().toString());
    }

    @Test
    void xdgConfigHomeMovesTheConfigFile() throws Exception {
        Path xdg = home.resolve("xdg");
        config(xdg, "summary-url=http://xdg:2\n");
        config(home.resolve(".config"), "summary-url=http://home:2\n");

        Settings settings = Settings.resolve(null, null, TIMEOUT,
                Environment.of(Map.of("XDG_CONFIG_HOME", xdg.toString()), home));

        assertEquals("http://xdg:2", settings.summaryUrl().toString());
    }

    @Test
    void theFlagReachesTheServiceAndTheTokenIsSent() throws Exception {
        try (StubServer flagged = StubServer.start().on("GET", "/facts/42", 200, "facts-42.json");
             StubServer configured = StubServer.start().on("GET", "/facts/42", 200, "facts-42.json")) {
            config(home.resolve(".config"), "summary-url=" + configured.url() + "\ntoken=secret\n");
            Environment environment = Environment.of(Map.of(), home);

            assertEquals(0, Cli.run(environment, "facts", "42").exitCode());
            assertEquals(1, configured.requests().size());
            assertEquals("Bearer secret", configured.requests().get(0).header("Authorization"));

            assertEquals(0, Cli.run(environment, "--summary-url", flagged.url(), "facts", "42").exitCode());
            assertEquals(1, flagged.requests().size());
            assertEquals(1, configured.requests().size());
        }
    }

    @Test
    void anInvalidUrlIsAUsageError() {
        Cli.Result result = Cli.run(Environment.of(Map.of("NEWS_SUMMARY_URL", "localhost:8082"), home), "facts", "1");

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
    }
}
