package dev.news.summary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The service layer reports refusals as domain exceptions (dev.news.domain and its own), never as HTTP statuses: the
 * REST layer's mappers are the one place that turns them into problem documents.
 */
class NoHttpInServicesTest {

    @Test
    void noServiceClassThrowsAnHttpStatus() throws IOException {
        Path sources = Path.of("src/main/java/dev/news/summary/service");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertFalse(files.isEmpty(), "no sources under " + sources.toAbsolutePath());
        List<String> offenders = files.stream().filter(NoHttpInServicesTest::speaksHttp).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    private static boolean speaksHttp(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains("ProblemException") || source.contains("jakarta.ws.rs");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
