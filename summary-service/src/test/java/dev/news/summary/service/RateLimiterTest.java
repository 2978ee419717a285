package dev.news.summary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(6, now::get);

    @Test
    void allowsABurstThenAsksToWait() {
        for (int i = 0; i < 6; i++) {
            assertEquals(0, limiter.acquire("a"), "request " + i);
        }
        long wait = limiter.acquire("a");
        assertTrue(wait >= 1 && wait <= 10, "one token comes back every 10 s, wait was " + wait);
    }

    @Test
    void refillsWithTime() {
        for (int i = 0; i < 6; i++) {
            limiter.acquire("a");
        }
        now.addAndGet(10_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 6; i++) {
            limiter.acquire("a");
        }
        assertTrue(limiter.acquire("a") > 0);
        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void rejectsANonsenseLimit() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, now::get));
    }
}
