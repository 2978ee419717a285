package dev.news.article.page.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body agreement as the evaluation protocol defines it: 4-gram shingles of lower-cased {@code \w+} tokens, per page
 * precision and recall over the shingle sets, averaged over pages; F1 from the two means.
 */
public final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private double precisionSum;
    private double recallSum;
    private int pages;

    /** One page's counts. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            if (falsePositives == 0 && falseNegatives == 0) {
                return 1;
            }
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            if (falsePositives == 0 && falseNegatives == 0) {
                return 1;
            }
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Counts the page and adds it to the means. */
    public Counts add(String expected, String extracted) {
        Counts counts = compare(expected, extracted);
        precisionSum += counts.precision();
        recallSum += counts.recall();
        pages++;
        return counts;
    }

    public static Counts compare(String expected, String extracted) {
        Set<List<String>> truth = shingles(expected);
        Set<List<String>> found = shingles(extracted);
        int tp = 0;
        for (List<String> shingle : found) {
            if (truth.contains(shingle)) {
                tp++;
            }
        }
        return new Counts(tp, found.size() - tp, truth.size() - tp);
    }

    public double precision() {
        return pages == 0 ? 0 : precisionSum / pages;
    }

    public double recall() {
        return pages == 0 ? 0 : recallSum / pages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int pages() {
        return pages;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    // A text shorter than a shingle is one shingle of all its tokens, so that it still counts.
    private static Set<List<String>> shingles(String text) {
        List<String> tokens = tokens(text);
        Set<List<String>> shingles = new HashSet<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        for (int i = 0; i <= Math.max(0, tokens.size() - N); i++) {
            shingles.add(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))));
        }
        return shingles;
    }
}
