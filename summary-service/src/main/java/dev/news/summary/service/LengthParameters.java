package dev.news.summary.service;

import dev.news.problem.ProblemException;
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
            throw ProblemException.badRequest(field, "give only one of sentences, ratio and words");
        }
        if (ratio != null) {
            double value = number("ratio", ratio);
            if (!(value > 0 && value <= 1)) {
                throw ProblemException.badRequest("ratio", "must be greater than 0 and at most 1");
            }
            return new Length.Ratio(value);
        }
        if (words != null) {
            int value = whole("words", words);
            if (value < 1 || value > 100_000) {
                throw ProblemException.badRequest("words", "must be between 1 and 100000");
            }
            return new Length.Words(value);
        }
        if (sentences != null) {
            int value = whole("sentences", sentences);
            if (value < 1 || value > maxSentences) {
                throw ProblemException.badRequest("sentences", "must be between 1 and " + maxSentences);
            }
            return new Length.Sentences(value);
        }
        return Length.defaultLength();
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
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
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
            throw ProblemException.badRequest(name, "must be a number");
        }
    }
}
