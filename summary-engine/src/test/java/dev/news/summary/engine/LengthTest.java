package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LengthTest {

    @Test
    void defaultsToThreeSentences() {
        assertEquals(3, new Length.Sentences().count());
        assertEquals(new Length.Sentences(3), Length.defaultLength());
    }

    @Test
    void rejectsBadValuesNamingTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Length.Sentences(0))
                .getMessage().contains("sentences"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Length.Ratio(0.0))
                .getMessage().contains("ratio"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Length.Ratio(1.5))
                .getMessage().contains("ratio"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Length.Ratio(Double.NaN))
                .getMessage().contains("ratio"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Length.Words(0))
                .getMessage().contains("words"));
    }
}
