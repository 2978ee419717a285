package dev.news.summary.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores sentences by centrality in a TF-IDF cosine similarity graph (weighted PageRank over lemmas),
 * combined with a news lead prior and similarity to the title.
 */
final class SentenceRanker {

    /** Scores per candidate and the pairwise similarity used later for redundancy control. */
    record Ranking(double[] scores, double[][] similarity) {
    }

    /** Relative weights of the three signals; they sum to one. */
    record Weights(double centrality, double lead, double title) {
        static Weights defaults() {
            return new Weights(0.55, 0.30, 0.15);
        }
    }

    private static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 60;
    private static final double MIN_EDGE = 0.02;

    private final StopWords stopWords;
    private final Weights weights;

    SentenceRanker(StopWords stopWords, Weights weights) {
        this.stopWords = stopWords;
        this.weights = weights;
    }

    Ranking rank(List<Sentence> candidates, List<Token> title) {
        int n = candidates.size();
        if (n == 0) {
            return new Ranking(new double[0], new double[0][0]);
        }
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Sentence s : candidates) {
            Map<String, Integer> tf = termCounts(s.tokens());
            counts.add(tf);
            tf.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log((n + 1.0) / df) + 1.0));

        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Map<String, Integer> tf : counts) {
            vectors.add(weigh(tf, idf));
        }
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double sim = cosine(vectors.get(i), vectors.get(j));
                similarity[i][j] = sim;
                similarity[j][i] = sim;
            }
        }
        double[] centrality = normaliseToMax(pageRank(similarity));
        Map<String, Double> titleVector = weigh(termCounts(title), idf);
        double[] titleSimilarity = new double[n];
        for (int i = 0; i < n; i++) {
            titleSimilarity[i] = titleVector.isEmpty() ? 0.0 : cosine(vectors.get(i), titleVector);
        }
        titleSimilarity = normaliseToMax(titleSimilarity);

        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            Sentence s = candidates.get(i);
            // Inverted pyramid: the lead carries the news, decaying with position.
            double lead = 1.0 / Math.sqrt(1.0 + i);
            double score = weights.centrality() * centrality[i] + weights.lead() * lead
                    + weights.title() * titleSimilarity[i];
            // Fragments say little on their own however central their words are.
            int words = s.wordCount();
            if (words < 6) {
                score *= 0.5;
            }
            if (counts.get(i).isEmpty()) {
                score *= 0.1;
            }
            scores[i] = score;
        }
        return new Ranking(scores, similarity);
    }

    Map<String, Integer> termCounts(List<Token> tokens) {
        Map<String, Integer> tf = new HashMap<>();
        for (Token t : tokens) {
            if (!t.isWord()) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (lemma.length() < 2 && !Character.isDigit(lemma.charAt(0)) || stopWords.contains(lemma)
                    || stopWords.contains(t.word().toLowerCase(Locale.ROOT))) {
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
        java.util.Arrays.fill(rank, 1.0 / n);
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
