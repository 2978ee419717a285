package dev.news.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** Where the services are and how to talk to them, resolved as flag, then environment, then config file, then default. */
public record Settings(URI articleUrl, URI summaryUrl, String token, Duration timeout) {

    static final String DEFAULT_ARTICLE_URL = "http://localhost:8081";
    static final String DEFAULT_SUMMARY_URL = "http://localhost:8082";

    /** Resolves the settings; a flag given as null means the flag was not used. */
    public static Settings resolve(String articleFlag, String summaryFlag, Duration timeout, Environment environment) {
        Properties config = readConfig(environment.configFile());
        String article = first(articleFlag, environment.get("NEWS_ARTICLE_URL"), config.getProperty("article-url"),
                DEFAULT_ARTICLE_URL);
        String summary = first(summaryFlag, environment.get("NEWS_SUMMARY_URL"), config.getProperty("summary-url"),
                DEFAULT_SUMMARY_URL);
        String token = first(environment.get("NEWS_TOKEN"), config.getProperty("token"));
        return new Settings(serviceUri(article), serviceUri(summary), token, timeout);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return null;
    }

    private static Properties readConfig(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            // no config file is the usual case
        } catch (IOException | IllegalArgumentException e) {
            throw new NewsException(ExitCodes.ERROR, "cannot read config file " + file + ": " + e.getMessage(), null, e);
        }
        return properties;
    }

    private static URI serviceUri(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            URI uri = URI.create(trimmed);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new NewsException(ExitCodes.USAGE, "invalid service URL '" + url + "': " + e.getMessage(), null, e);
        }
    }
}
