package dev.news.summary.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecentTest {

    @Test
    void keepsTheRecentlyUsedWithinItsBytes() {
        Recent<Integer, String> recent = new Recent<>(10_000, Recent::weightOf);
        for (int i = 0; i < 1_000; i++) {
            recent.put(i, "x".repeat(1_000));
            assertTrue(recent.weight() <= 10_000, "weighs " + recent.weight());
        }
        // 2,096 bytes each: four fit.
        assertEquals(4, recent.size());
        assertNotNull(recent.get(999));
        assertNull(recent.get(0));
    }

    @Test
    void manySmallOrOneLargeButNeverMoreThanTheBytes() {
        Recent<Integer, String> recent = new Recent<>(10_000, Recent::weightOf);
        for (int i = 0; i < 40; i++) {
            recent.put(i, "small");
        }
        recent.get(0);
        recent.put(100, "y".repeat(4_000));
        assertTrue(recent.weight() <= 10_000);
        assertNotNull(recent.get(100));
        assertNotNull(recent.get(0), "the recently used stays");
        assertNull(recent.get(1), "the least recently used goes first");
        recent.put(200, "z".repeat(6_000));
        assertNull(recent.get(200), "heavier than the whole capacity: not kept");
        assertTrue(recent.weight() <= 10_000);
        recent.remove(100);
        recent.put(100, "again");
        assertTrue(recent.weight() < 10_000);
    }
}
