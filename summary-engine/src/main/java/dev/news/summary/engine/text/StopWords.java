package dev.news.summary.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** English function words that carry no topic, read once from the engine resources. */
public final class StopWords {

    private final Set<String> words;

    public StopWords() {
        Set<String> loaded = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream("/engine/stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource engine/stopwords.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#")) {
                    loaded.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.words = Set.copyOf(loaded);
    }

    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }
}
