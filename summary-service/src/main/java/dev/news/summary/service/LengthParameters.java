package dev.news.summary.service;

import dev.news.problem.AsciiNumbers;
import dev.news.domain.InvalidInputException;
import dev.news.summary.engine.Length;

/** The summary length a client asks for: at most one of {@code sentences}, {@code ratio}, {@code words}. */
public final class LengthParameters {

    private LengthParameters() {
    }

    /** Parses query parameter values (null when absent) into a {@link Length}; a bad one is a 400 naming it. */
    public static Length parse(String sentences, String ratio, String words, int maxSentences) {
        int given = (sentences != null ? 1 : 0) + (ratio != null ? 1 : 0) + (words != null ? 1 : 0);
        if (given > 1) {
            String field = sentences != null ? (ratio != null ? "ratio" : "words") : "words";
            throw new InvalidInputException(field, "give only one of sentences, ratio and words");
        }
        if (ratio != null) {
            double value = number("ratio", ratio);
            if (!(value > 0 && value <= 1)) {
                throw new InvalidInputException("ratio", "must be greater than 0 and at most 1");
            }
            return new Length.Ratio(value);
        }
        if (words != null) {
            int value = whole("words", words);
            if (value < 1 || value > 100_000) {
                throw new InvalidInputException("words", "must be between 1 and 100000");
            }
            return new Length.Words(value);
        }
        if (sentences != null) {
            int value = whole("sentences", sentences);
            if (value < 1 || value > maxSentences) {
                throw new InvalidInputException("sentences", "must be between 1 and " + maxSentences);
            }
            return new Length.Sentences(value);
        }
        return Length.defaultLength();
    }

    /** Word budgets a stored summary is made for: 1 to 8, then 10, 12, 15, 20, 25, 30, 40, 50, 60, 80 times each power of ten. */
    private static final int[] WORD_STEPS = {10, 12, 15, 20, 25, 30, 40, 50, 60, 80};
    /** Ratios a stored summary is made for: multiples of 1/20. */
    private static final int RATIO_STEPS = 20;

    /**
     * The variant a stored summary is computed and kept for: a ratio rounded to the nearest 0.05 (at least 0.05), a word
     * budget rounded down to the next lower of about 50 steps (so the budget is still never exceeded), a sentence count
     * as it is. Every distinct value used to be computed and stored anew; now an article's content has at most
     * {@code maxSentences} + 20 + 48 stored variants.
     */
    public static Length variant(Length length) {
        if (length instanceof Length.Ratio r) {
            return new Length.Ratio(Math.max(1, Math.round(r.ratio() * RATIO_STEPS)) / (double) RATIO_STEPS);
        }
        if (length instanceof Length.Words w) {
            return new Length.Words(wordStep(w.max()));
        }
        return length;
    }

    private static int wordStep(int words) {
        if (words < 10) {
            return words == 7 ? 6 : words == 9 ? 8 : words;
        }
        int decade = 1;
        while ((long) decade * WORD_STEPS[0] * 10 <= words) {
            decade *= 10;
        }
        int step = WORD_STEPS[0] * decade;
        for (int s : WORD_STEPS) {
            if ((long) s * decade <= words) {
                step = s * decade;
            }
        }
        return step;
    }

    /** A stable text form of a length, for store keys. */
    public static String key(Length length) {
        if (length instanceof Length.Ratio r) {
            return "ratio=" + r.ratio();
        }
        if (length instanceof Length.Words w) {
            return "words=" + w.max();
        }
        return "sentences=" + ((Length.Sentences) length).count();
    }

    private static int whole(String name, String value) {
        try {
            return AsciiNumbers.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }

    private static double number(String name, String value) {
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a number");
        }
    }
}
