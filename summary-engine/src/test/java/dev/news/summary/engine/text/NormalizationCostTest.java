package dev.news.summary.engine.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text made of markup and punctuation fragments costs the normaliser work in proportion to its length. A slow or busy
 * machine only stretches both measurements alike, so the test compares sizes and allows a wide margin; super-linear
 * cleaning (searching on from every '<' or '&') is 16 to 64 times slower at four times the size, and seconds long.
 */
class NormalizationCostTest {

    private static final int SMALL = 10_000;
    private static final int LARGE = 4 * SMALL;
    /** Below this, a large run is fast whatever the ratio: timer noise, a GC pause. */
    private static final long NOISE_FLOOR_NANOS = 30_000_000L;
    /** Generous: a linear pass takes well under a microsecond a character. */
    private static final long NANOS_PER_CHAR = 25_000L;

    private static final List<String> FRAGMENTS = List.of("<!--", "<", "<a ", "</p", "&", "&#", "&#x", "&amp", "-->",
            "Mr. ", "Dr.", "123", "4.5", ".", "!!!", "...", " ", "\n", "word ", "x".repeat(300), "<b>", "&lt;", "\u201C");

    private final TextNormalizer normalizer = new TextNormalizer();

    /** Forty units of one to twelve fragments each, drawn with a fixed seed so that a failure can be replayed. */
    static Stream<List<String>> units() {
        Random random = new Random(20261130L);
        return Stream.generate(() -> {
            List<String> unit = new ArrayList<>();
            int size = 1 + random.nextInt(12);
            for (int i = 0; i < size; i++) {
                unit.add(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            return unit;
        }).limit(40);
    }

    @ParameterizedTest
    @MethodSource("units")
    void normalisingCostsLinearTimeInTheLength(List<String> unit) {
        String small = repeatTo(unit, SMALL);
        String large = repeatTo(unit, LARGE);
        long first = time(small);
        assertTrue(first <= (long) SMALL * NANOS_PER_CHAR,
                () -> "normalising " + SMALL + " chars of " + unit + " took " + first / 1_000_000 + " ms");
        long smallNanos = fastest(small);
        long largeNanos = fastest(large);
        assertTrue(largeNanos <= (long) LARGE * NANOS_PER_CHAR,
                () -> "normalising " + LARGE + " chars of " + unit + " took " + largeNanos / 1_000_000 + " ms");
        assertTrue(largeNanos <= Math.max(12 * smallNanos, NOISE_FLOOR_NANOS),
                () -> "4x the text of " + unit + " took " + largeNanos / 1000 + " us against " + smallNanos / 1000 + " us");
    }

    private long fastest(String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            best = Math.min(best, time(text));
        }
        return best;
    }

    private long time(String text) {
        long start = System.nanoTime();
        normalizer.normalize(text);
        return System.nanoTime() - start;
    }

    private static String repeatTo(List<String> unit, int chars) {
        StringBuilder text = new StringBuilder(chars + 400);
        while (text.length() < chars) {
            for (String fragment : unit) {
                text.append(fragment);
            }
        }
        text.setLength(chars);
        return text.toString();
    }
}
