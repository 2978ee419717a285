package dev.news.cli;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The articles of an import: the lines of an NDJSON file or of standard input, or the .txt and .html (.htm) files
 * of a folder, handed out in batches so that a large file or folder never sits in memory at once.
 */
public final class ImportSource {

    /**
     * One article to import: where it comes from, and its JSON, or why it cannot be sent, or the web page it is read
     * from (read only when it is sent, as a page may be large).
     */
    public record Entry(String origin, String json, String problem, Path page) {
        Entry(String origin, String json, String problem) {
            this(origin, json, problem, null);
        }
    }

    /** Opens the NDJSON text again for each pass: one to count the lines, one to send them. */
    private interface Lines {
        BufferedReader open() throws IOException;
    }

    private final String name;
    private final List<Path> textFiles;
    private final Lines lines;
    private final int size;

    private ImportSource(String name, List<Path> textFiles, Lines lines, int size) {
        this.name = name;
        this.textFiles = textFiles;
        this.lines = lines;
        this.size = size;
    }

    /** A file or folder, or standard input for {@code -}; an error when it holds nothing to import. */
    public static ImportSource open(String source, Environment environment) {
        if (TextInput.STDIN.equals(source)) {
            try {
                // Read whole, so that the progress bar knows the total; a pipe cannot be read twice.
                byte[] bytes = environment.stdin().readAllBytes();
                return ndjson("standard input", "stdin", () -> reader(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                throw new NewsException(ExitCodes.ERROR, "cannot read standard input: " + e.getMessage(), null, e);
            }
        }
        Path path = Path.of(source);
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> listing = Files.list(path)) {
                    files = listing.filter(file -> isText(file) || isPage(file))
                            .filter(Files::isRegularFile).sorted().toList();
                }
                if (files.isEmpty()) {
                    throw new NewsException(ExitCodes.ERROR, "nothing to import: " + path + " holds no .txt or .html files");
                }
                return new ImportSource(path.toString(), files, null, files.size());
            }
            if (Files.isRegularFile(path)) {
                return ndjson(path.toString(), String.valueOf(path.getFileName()),
                        () -> Files.newBufferedReader(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new NewsException(ExitCodes.ERROR, "cannot read " + path + ": " + e.getMessage(), null, e);
        }
        throw new NewsException(ExitCodes.ERROR, "no such file or folder: " + path);
    }

    private static boolean isText(Path file) {
        return file.getFileName().toString().endsWith(".txt");
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static ImportSource ndjson(String description, String origin, Lines lines) throws IOException {
        int count = 0;
        try (BufferedReader reader = lines.open()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                count += line.isBlank() ? 0 : 1;
            }
        }
        if (count == 0) {
            throw new NewsException(ExitCodes.ERROR, "nothing to import: " + description + " has no lines");
        }
        return new ImportSource(origin, null, lines, count);
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** How many articles the source holds. */
    public int size() {
        return size;
    }

    public void forEachBatch(int batchSize, Consumer<List<Entry>> batches) {
        try {
            if (textFiles != null) {
                textBatches(batchSize, batches);
            } else {
                ndjsonBatches(batchSize, batches);
            }
        } catch (IOException e) {
            throw new NewsException(ExitCodes.ERROR, "cannot read " + name + ": " + e.getMessage(), null, e);
        }
    }

    private void ndjsonBatches(int batchSize, Consumer<List<Entry>> batches) throws IOException {
        List<Entry> batch = new ArrayList<>(batchSize);
        try (BufferedReader reader = lines.open()) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                batch.add(new Entry(name + ":" + number, line.strip(), null));
                if (batch.size() == batchSize) {
                    batches.accept(batch);
                    batch = new ArrayList<>(batchSize);
                }
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
    }

    private void textBatches(int batchSize, Consumer<List<Entry>> batches) throws IOException {
        for (int from = 0; from < textFiles.size(); from += batchSize) {
            List<Entry> batch = new ArrayList<>(batchSize);
            for (Path file : textFiles.subList(from, Math.min(textFiles.size(), from + batchSize))) {
                String origin = file.getFileName().toString();
                if (isPage(file)) {
                    batch.add(new Entry(origin, null, null, file));
                    continue;
                }
                TextArticle article = TextArticle.parse(TextDecoder.decode(Files.readAllBytes(file)));
                batch.add(article == null ? new Entry(origin, null, "the file is empty")
                        : new Entry(origin, ServiceClient.write(article.toJson()), null));
            }
            batches.accept(batch);
        }
    }
}
