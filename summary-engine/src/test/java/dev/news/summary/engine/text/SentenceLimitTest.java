package dev.news.summary.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * What reaches the taggers and the ranker is bounded whatever the sentence splitter made of a text: the work of the
 * steps after it is counted here (tokens per sentence, sentences), not timed.
 */
class SentenceLimitTest {

    /** Generated cases with a fixed seed, so that a failure can be replayed. */
    private final Random random = new Random(20261130L);

    private List<Integer> lengths(int maxCount, int min, int max) {
        List<Integer> out = new ArrayList<>();
        int count = random.nextInt(maxCount + 1);
        for (int i = 0; i < count; i++) {
            // Edge values often: empty and one-token sentences, and the largest ones.
            int roll = random.nextInt(10);
            out.add(roll == 0 ? min : roll == 1 ? max : min + random.nextInt(max - min + 1));
        }
        return out;
    }

    @Test
    void chunksAreBoundedAndCoverAPrefixOfTheTokensInOrder() {
        for (int run = 0; run < 300; run++) {
            chunksAreBounded(lengths(60, 0, 30_000), 1 + random.nextInt(40), 1 + random.nextInt(300));
        }
    }

    private void chunksAreBounded(List<Integer> sentenceTokens, int maxSentences, int maxTokens) {
        SentenceLimit limit = new SentenceLimit(maxSentences, maxTokens);
        int[] lengths = sentenceTokens.stream().mapToInt(Integer::intValue).toArray();
        List<SentenceLimit.Chunk> chunks = limit.chunks(lengths);

        assertTrue(chunks.size() <= maxSentences);
        long kept = 0;
        int sentence = 0;
        int next = 0;
        for (SentenceLimit.Chunk chunk : chunks) {
            assertTrue(chunk.size() <= maxTokens, () -> chunk + " is longer than " + maxTokens);
            if (chunk.sentence() != sentence) {
                assertEquals(lengths[sentence], next, "a sentence left before its end");
                assertEquals(sentence + 1, chunk.sentence(), "a sentence skipped");
                sentence = chunk.sentence();
                next = 0;
            }
            assertEquals(next, chunk.from(), "chunks of a sentence must follow each other");
            next = chunk.to();
            kept += chunk.size();
        }
        long total = sentenceTokens.stream().mapToLong(Integer::longValue).sum();
        assertTrue(kept <= Math.min(total, (long) maxSentences * maxTokens), "more tokens analysed than the limits allow");
        if (chunks.size() < maxSentences) {
            assertEquals(total, kept, "tokens dropped although the sentence limit was not reached");
        }
    }

    @Test
    void textWithinTheLimitsIsKeptAsItIs() {
        for (int run = 0; run < 200; run++) {
            keptAsItIs(lengths(50, 1, 200));
        }
    }

    private void keptAsItIs(List<Integer> sentenceTokens) {
        SentenceLimit limit = new SentenceLimit(50, 200);
        int[] lengths = sentenceTokens.stream().mapToInt(Integer::intValue).toArray();
        assertTrue(limit.keepsWhole(lengths));
        List<SentenceLimit.Chunk> chunks = limit.chunks(lengths);
        assertEquals(lengths.length, chunks.size());
        for (int i = 0; i < lengths.length; i++) {
            assertEquals(new SentenceLimit.Chunk(i, 0, lengths[i]), chunks.get(i));
        }
    }
}
