package dev.news.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Rules on a module's own sources, checked as text from the module's folder (where Maven runs its tests). */
public final class SourceRules {

    private SourceRules() {
    }

    /** Fails naming every Java source under {@code folder} that mentions one of {@code forbidden}. */
    public static void assertNoneMention(Path folder, String... forbidden) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(files.isEmpty(), "no sources under " + folder.toAbsolutePath());
        List<String> offenders = files.stream().filter(f -> mentions(f, forbidden)).map(Path::toString).toList();
        assertEquals(List.of(), offenders, "sources that mention any of " + List.of(forbidden));
    }

    private static boolean mentions(Path file, String... forbidden) {
        try {
            String source = Files.readString(file);
            return Stream.of(forbidden).anyMatch(source::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
