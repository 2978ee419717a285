package dev.news.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's top folder, where the shared scripts and samples live. */
public final class RepoRoot {

    private RepoRoot() {
    }

    /** The folder holding {@code scripts/throwaway-postgres}, from {@code news.repo.root} or the working folder upwards. */
    public static Path get() {
        String configured = System.getProperty("news.repo.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "scripts"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("scripts/throwaway-postgres"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath());
    }
}
