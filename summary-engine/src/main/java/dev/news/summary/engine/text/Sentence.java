package dev.news.summary.engine.text;

import java.util.List;

/** A sentence of the article: index, paragraph, cleaned text, original offsets and tokens. */
public record Sentence(int index, int paragraph, String text, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Words as the public length budget counts them. */
    public int wordCount() {
        return countWords(text);
    }

    static int countWords(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
