package dev.news.summary.engine;

import java.util.List;

/**
 * Scores sentences with a logistic model over {@link SentenceFeatures}: the probability that a sentence
 * belongs in a reference summary, learned from news of two kinds (see {@link RankingWeights}).
 */
final class SentenceRanker {

    /** Scores per candidate and the pairwise similarity used later for redundancy control. */
    record Ranking(double[] scores, double[][] similarity) {
    }

    private final SentenceFeatures features;
    private final double[] coefficients;

    SentenceRanker(StopWords stopWords, RankingWeights weights) {
        this.features = new SentenceFeatures(stopWords);
        this.coefficients = weights.coefficients();
    }

    Ranking rank(List<Sentence> candidates, List<Token> title) {
        if (candidates.isEmpty()) {
            return new Ranking(new double[0], new double[0][0]);
        }
        return rank(features.compute(candidates, title), coefficients);
    }

    /** Scores precomputed feature vectors with the given coefficients (one per feature). */
    static Ranking rank(SentenceFeatures.Values values, double[] coefficients) {
        double[][] vectors = values.vectors();
        double[] scores = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            scores[i] = probability(vectors[i], coefficients);
        }
        return new Ranking(scores, values.similarity());
    }

    static double probability(double[] vector, double[] coefficients) {
        double z = 0.0;
        for (int k = 0; k < vector.length; k++) {
            z += coefficients[k] * vector[k];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
