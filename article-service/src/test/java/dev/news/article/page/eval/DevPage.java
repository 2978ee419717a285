package dev.news.article.page.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One folder of the dev pages: the page's bytes, the text Readability.js extracts from it, and its metadata. */
public record DevPage(String name, byte[] source, String expectedText, Expected expected) {

    /** What Readability.js found; absent values are null. */
    public record Expected(String title, String byline, String lang, String siteName, String publishedTime) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The pages under {@code folder}, in name order; folders without a page are skipped. */
    public static List<DevPage> load(Path folder) {
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().map(DevPage::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's address as the test suite's pages assume it, for relative links. */
    public String url() {
        return "http://fakehost/test/page.html";
    }

    private static DevPage read(Path dir) {
        try {
            byte[] source = Files.readAllBytes(dir.resolve("source.html"));
            String expectedHtml = Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8);
            JsonNode meta = JSON.readTree(dir.resolve("expected-metadata.json").toFile());
            Expected expected = new Expected(text(meta, "title"), text(meta, "byline"), text(meta, "lang"), text(meta, "siteName"),
                    text(meta, "publishedTime"));
            return new DevPage(dir.getFileName().toString(), source, Jsoup.parse(expectedHtml).text(), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode meta, String field) {
        JsonNode value = meta.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
