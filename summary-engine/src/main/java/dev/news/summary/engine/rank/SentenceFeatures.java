package dev.news.summary.engine.rank;

import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.StopWords;
import dev.news.summary.engine.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Describes each candidate sentence by cheap signals that mean the same in any news article: where it
 * stands, how central its words are (TF-IDF cosine PageRank), how close it is to the title and to the
 * opening sentence, its length, and its share of numbers, names and quotation.
 */
public final class SentenceFeatures {

    /** The signals, in the order of a feature vector; every value lies in [0, 1]. */
    public enum Feature {
        /** Constant 1; the model's intercept. */
        BIAS,
        /** 1 / sqrt(1 + i) for the i-th candidate: the inverted pyramid's decay. */
        LEAD,
        /** The first candidate of the article. */
        FIRST,
        /** The second or third candidate. */
        SECOND_OR_THIRD,
        /** Position relative to the article length, 0 for the first and 1 for the last. */
        POSITION,
        /** Opens a paragraph (after a blank line) other than the first. */
        PARAGRAPH_START,
        /** PageRank in the TF-IDF cosine graph, divided by the article's maximum. */
        CENTRALITY,
        /** Cosine with the title, divided by the article's maximum; 0 without a title. */
        TITLE,
        /** Cosine with the first candidate; 0 for the first itself. */
        OPENING_SIMILARITY,
        /** Word count over 50, capped at 1. */
        LENGTH,
        /** Fewer than eight words. */
        SHORT,
        /** Share of tokens that are numbers (part of speech CD). */
        NUMBERS,
        /** Share of tokens that are proper nouns. */
        NAMES,
        /** Contains a quotation mark. */
        QUOTE,
        /** Opens with a third-person pronoun, so it leans on an earlier sentence. */
        PRONOUN_START,
        /** Ends with a question mark. */
        QUESTION
    }

    public static final int SIZE = Feature.values().length;

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 60;
    private static final double MIN_EDGE = 0.02;
    private static final Set<String> LEANING_PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them",
            "his", "its", "their", "theirs", "hers");

    /** Feature vectors per candidate and the pairwise cosine similarity (for redundancy control). */
    public record Values(double[][] vectors, double[][] similarity) {
    }

    private final StopWords stopWords;

    public SentenceFeatures(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    public Values compute(List<Sentence> candidates, List<Token> title) {
        int n = candidates.size();
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Sentence s : candidates) {
            Map<String, Integer> tf = termCounts(s.tokens());
            counts.add(tf);
            tf.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log((n + 1.0) / df) + 1.0));
        List<Map<String, Double>> weighted = new ArrayList<>(n);
        for (Map<String, Integer> tf : counts) {
            weighted.add(weigh(tf, idf));
        }
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double sim = cosine(weighted.get(i), weighted.get(j));
                similarity[i][j] = sim;
                similarity[j][i] = sim;
            }
        }
        double[] centrality = normaliseToMax(pageRank(similarity));
        Map<String, Double> titleVector = weigh(termCounts(title), idf);
        double[] titleSimilarity = new double[n];
        for (int i = 0; i < n; i++) {
            titleSimilarity[i] = titleVector.isEmpty() ? 0.0 : cosine(weighted.get(i), titleVector);
        }
        titleSimilarity = normaliseToMax(titleSimilarity);

        double[][] vectors = new double[n][SIZE];
        for (int i = 0; i < n; i++) {
            Sentence s = candidates.get(i);
            double[] v = vectors[i];
            v[Feature.BIAS.ordinal()] = 1.0;
            v[Feature.LEAD.ordinal()] = 1.0 / Math.sqrt(1.0 + i);
            v[Feature.FIRST.ordinal()] = i == 0 ? 1.0 : 0.0;
            v[Feature.SECOND_OR_THIRD.ordinal()] = i == 1 || i == 2 ? 1.0 : 0.0;
            v[Feature.POSITION.ordinal()] = n == 1 ? 0.0 : i / (n - 1.0);
            v[Feature.PARAGRAPH_START.ordinal()] =
                    i > 0 && s.paragraph() != candidates.get(i - 1).paragraph() ? 1.0 : 0.0;
            v[Feature.CENTRALITY.ordinal()] = centrality[i];
            v[Feature.TITLE.ordinal()] = titleSimilarity[i];
            v[Feature.OPENING_SIMILARITY.ordinal()] = i == 0 ? 0.0 : similarity[0][i];
            int words = s.wordCount();
            v[Feature.LENGTH.ordinal()] = Math.min(1.0, words / 50.0);
            v[Feature.SHORT.ordinal()] = words < 8 ? 1.0 : 0.0;
            tokenShares(s.tokens(), v);
            v[Feature.PRONOUN_START.ordinal()] = opensWithPronoun(s) ? 1.0 : 0.0;
            v[Feature.QUESTION.ordinal()] = s.text().stripTrailing().endsWith("?") ? 1.0 : 0.0;
        }
        return new Values(vectors, similarity);
    }

    /** True when the sentence's first word is a third-person pronoun ("He said ...", "Their ..."). */
    static boolean opensWithPronoun(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.isWord()) {
                return (t.pos().equals("PRP") || t.pos().equals("PRP$"))
                        && LEANING_PRONOUNS.contains(t.lowerWord());
            }
        }
        return false;
    }

    private static void tokenShares(List<Token> tokens, double[] v) {
        int total = 0;
        int numbers = 0;
        int names = 0;
        boolean quote = false;
        for (Token t : tokens) {
            if (t.pos().equals("``") || t.pos().equals("''")) {
                quote = true;
            }
            if (!t.isWord()) {
                continue;
            }
            total++;
            if (t.pos().equals("CD")) {
                numbers++;
            } else if (t.isProperNoun()) {
                names++;
            }
        }
        v[Feature.NUMBERS.ordinal()] = total == 0 ? 0.0 : numbers / (double) total;
        v[Feature.NAMES.ordinal()] = total == 0 ? 0.0 : names / (double) total;
        v[Feature.QUOTE.ordinal()] = quote ? 1.0 : 0.0;
    }

    Map<String, Integer> termCounts(List<Token> tokens) {
        Map<String, Integer> tf = new HashMap<>();
        for (Token t : tokens) {
            if (!t.isWord()) {
                continue;
            }
            String lemma = t.lowerLemma();
            if (lemma.length() < 2 && !Character.isDigit(lemma.charAt(0)) || stopWords.contains(lemma)
                    || stopWords.contains(t.lowerWord())) {
                continue;
            }
            tf.merge(lemma, 1, Integer::sum);
        }
        return tf;
    }

    private static Map<String, Double> weigh(Map<String, Integer> tf, Map<String, Double> idf) {
        Map<String, Double> v = new HashMap<>();
        tf.forEach((term, count) -> v.put(term, (1.0 + Math.log(count)) * idf.getOrDefault(term, 1.0)));
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0.0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        if (dot == 0.0) {
            return 0.0;
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0.0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static double[] pageRank(double[][] similarity) {
        int n = similarity.length;
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && similarity[i][j] >= MIN_EDGE) {
                    outWeight[i] += similarity[i][j];
                }
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double dangling = 0.0;
            for (int i = 0; i < n; i++) {
                if (outWeight[i] == 0.0) {
                    dangling += rank[i];
                }
            }
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int i = 0; i < n; i++) {
                    if (i != j && outWeight[i] > 0.0 && similarity[i][j] >= MIN_EDGE) {
                        sum += rank[i] * similarity[i][j] / outWeight[i];
                    }
                }
                next[j] = (1.0 - DAMPING) / n + DAMPING * (sum + dangling / n);
            }
            double delta = 0.0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(next[i] - rank[i]);
            }
            rank = next;
            if (delta < 1e-6) {
                break;
            }
        }
        return rank;
    }

    private static double[] normaliseToMax(double[] values) {
        double max = 0.0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = max > 0.0 ? values[i] / max : 0.0;
        }
        return out;
    }
}
