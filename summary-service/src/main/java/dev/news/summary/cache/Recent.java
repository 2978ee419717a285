package dev.news.summary.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The entries used most recently, weighing together at most {@code capacity} bytes (as the weigher estimates them); the
 * least recently used go first, and an entry heavier than the whole capacity is not kept. Thread-safe. Bounded by bytes,
 * not by entries: a count of documents says nothing about memory when one document may be a thousand times another.
 */
public final class Recent<K, V> {

    /** Rough heap cost of one entry besides its value: map node, key, references. */
    public static final long ENTRY_OVERHEAD = 96;

    private final long capacity;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<K, Long> weights = new java.util.HashMap<>();
    private long weight;

    public Recent(long capacity, ToLongFunction<V> weigher) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.weigher = weigher;
    }

    /** Bytes a string takes at most on the heap (two per character, as without compact strings), plus an entry's overhead. */
    public static long weightOf(String s) {
        return ENTRY_OVERHEAD + (s == null ? 0 : 2L * s.length());
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        remove(key);
        long w = weigher.applyAsLong(value);
        if (w > capacity) {
            return;
        }
        entries.put(key, value);
        weights.put(key, w);
        weight += w;
        Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
        while (weight > capacity && eldest.hasNext()) {
            K k = eldest.next().getKey();
            eldest.remove();
            weight -= weights.remove(k);
        }
    }

    public synchronized void remove(K key) {
        if (entries.remove(key) != null) {
            weight -= weights.remove(key);
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The estimated bytes of the entries kept. */
    public synchronized long weight() {
        return weight;
    }
}
