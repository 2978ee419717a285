package dev.news.summary.service;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute, in bursts of at most {@code perMinute}.
 * Buckets that have filled up again are forgotten, so the map holds only clients seen lately.
 */
public final class RateLimiter {

    private static final int FORGET_ABOVE = 10_000;

    private final double perNano;
    private final double capacity;
    private final LongSupplier clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.clock = nanoClock;
    }

    /** Seconds to wait before {@code client} may try again: 0 when this request is allowed (and counted). */
    public long acquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(b -> b.fullAt(now, perNano, capacity));
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, perNano, capacity);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, double perNano, double capacity) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
        }

        synchronized boolean fullAt(long now, double perNano, double capacity) {
            return tokens + (now - updated) * perNano >= capacity;
        }
    }
}
