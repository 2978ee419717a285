package dev.news.summary.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds what the taggers and the ranker get: a sentence longer than {@code maxTokens} is cut into near-equal chunks of
 * at most that many tokens, and only the first {@code maxSentences} sentences (chunks counted as sentences) are kept.
 * The tagger's cost then grows with the tokens kept, never with one sentence's length, and ranking (quadratic in
 * sentences) with at most {@code maxSentences} squared. Text past the last kept sentence is not analysed, as text past
 * the character limit is not.
 */
record SentenceLimit(int maxSentences, int maxTokens) {

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) of sentence {@code sentence}. */
    record Chunk(int sentence, int from, int to) {
        int size() {
            return to - from;
        }
    }

    SentenceLimit {
        if (maxSentences < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxSentences + " sentences, " + maxTokens + " tokens");
        }
    }

    /** The chunks to analyse, in text order, for sentences of the given token counts. */
    List<Chunk> chunks(int[] sentenceTokens) {
        List<Chunk> out = new ArrayList<>(Math.min(sentenceTokens.length, maxSentences));
        for (int s = 0; s < sentenceTokens.length && out.size() < maxSentences; s++) {
            int length = sentenceTokens[s];
            int parts = Math.max(1, (length + maxTokens - 1) / maxTokens);
            for (int p = 0; p < parts && out.size() < maxSentences; p++) {
                // Near-equal parts: a 210-token run becomes 105 + 105, not 200 + 10.
                out.add(new Chunk(s, (int) ((long) length * p / parts), (int) ((long) length * (p + 1) / parts)));
            }
        }
        return out;
    }

    /** Whether {@link #chunks} keeps these sentences as they are. */
    boolean keepsWhole(int[] sentenceTokens) {
        if (sentenceTokens.length > maxSentences) {
            return false;
        }
        for (int length : sentenceTokens) {
            if (length > maxTokens) {
                return false;
            }
        }
        return true;
    }
}
