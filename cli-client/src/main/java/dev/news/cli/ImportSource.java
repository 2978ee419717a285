package dev.news.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The articles of an import: the lines of an NDJSON file, or the .txt files of a folder, handed out in batches
 * so that a large import never sits in memory at once.
 */
public final class ImportSource {

    /** One article to import: where it comes from, and its JSON, or why it cannot be sent. */
    public record Entry(String origin, String json, String problem) {
    }

    private final Path path;
    private final List<Path> textFiles;
    private final int size;

    private ImportSource(Path path, List<Path> textFiles, int size) {
        this.path = path;
        this.textFiles = textFiles;
        this.size = size;
    }

    public static ImportSource open(Path path) {
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> listing = Files.list(path)) {
                    files = listing.filter(file -> file.getFileName().toString().endsWith(".txt"))
                            .filter(Files::isRegularFile).sorted().toList();
                }
                return new ImportSource(path, files, files.size());
            }
            if (Files.isRegularFile(path)) {
                int lines = 0;
                try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lines += line.isBlank() ? 0 : 1;
                    }
                }
                return new ImportSource(path, null, lines);
            }
        } catch (IOException e) {
            throw new NewsException(ExitCodes.ERROR, "cannot read " + path + ": " + e.getMessage(), null, e);
        }
        throw new NewsException(ExitCodes.ERROR, "no such file or folder: " + path);
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
            throw new NewsException(ExitCodes.ERROR, "cannot read " + path + ": " + e.getMessage(), null, e);
        }
    }

    private void ndjsonBatches(int batchSize, Consumer<List<Entry>> batches) throws IOException {
        String name = path.getFileName().toString();
        List<Entry> batch = new ArrayList<>(batchSize);
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
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
                TextArticle article = TextArticle.parse(TextDecoder.decode(Files.readAllBytes(file)));
                String origin = file.getFileName().toString();
                batch.add(article == null ? new Entry(origin, null, "the file is empty")
                        : new Entry(origin, ServiceClient.write(article.toJson()), null));
            }
            batches.accept(batch);
        }
    }
}
