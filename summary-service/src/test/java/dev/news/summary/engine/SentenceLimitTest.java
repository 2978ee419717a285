package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * What reaches the taggers and the ranker is bounded whatever the sentence splitter made of a text: the work of the
 * steps after it is counted here (tokens per sentence, sentences), not timed.
 */
class SentenceLimitTest {

    @Property(tries = 300)
    void chunksAreBoundedAndCoverAPrefixOfTheTokensInOrder(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 30_000) Integer> sentenceTokens,
            @ForAll @IntRange(min = 1, max = 40) int maxSentences, @ForAll @IntRange(min = 1, max = 300) int maxTokens) {
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

    @Property(tries = 200)
    void textWithinTheLimitsIsKeptAsItIs(@ForAll @Size(max = 50) List<@IntRange(min = 1, max = 200) Integer> sentenceTokens) {
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
