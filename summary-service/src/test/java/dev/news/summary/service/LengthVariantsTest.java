package dev.news.summary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.news.summary.engine.Length;

/** However many lengths clients ask for, an article's content has a small fixed number of stored variants. */
class LengthVariantsTest {

    @Test
    void wordBudgetsFallIntoFewStepsThatAreNeverLarger() {
        Set<String> keys = new HashSet<>();
        for (int words = 1; words <= 100_000; words++) {
            Length.Words variant = (Length.Words) LengthParameters.variant(new Length.Words(words));
            assertTrue(variant.max() <= words && variant.max() >= words * 3 / 4, words + " became " + variant.max());
            keys.add(LengthParameters.key(variant));
        }
        assertEquals(48, keys.size());
        assertEquals(new Length.Words(60), LengthParameters.variant(new Length.Words(61)));
        assertEquals(new Length.Words(100), LengthParameters.variant(new Length.Words(100)));
    }

    @Test
    void ratiosFallIntoTwentySteps() {
        Set<String> keys = new HashSet<>();
        for (int i = 1; i <= 100_000; i++) {
            double ratio = i / 100_000.0;
            Length.Ratio variant = (Length.Ratio) LengthParameters.variant(new Length.Ratio(ratio));
            assertTrue(Math.abs(variant.ratio() - ratio) <= 0.05, ratio + " became " + variant.ratio());
            keys.add(LengthParameters.key(variant));
        }
        assertEquals(20, keys.size());
        assertEquals("ratio=0.35", LengthParameters.key(LengthParameters.variant(new Length.Ratio(0.3333))));
    }

    @Test
    void sentenceCountsStayAsAsked() {
        assertEquals(new Length.Sentences(7), LengthParameters.variant(new Length.Sentences(7)));
    }
}
