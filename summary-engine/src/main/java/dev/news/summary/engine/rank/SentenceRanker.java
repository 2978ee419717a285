package dev.news.summary.engine.rank;

import dev.news.summary.engine.Length;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.StopWords;
import dev.news.summary.engine.text.Token;

import java.util.List;

/**
 * Scores sentences with a linear model over {@link SentenceFeatures}, learned from news of two kinds (see
 * {@link RankingWeights}): one set of coefficients for brief summaries, one for long ones, blended by how
 * many sentences the requested length holds.
 */
public final class SentenceRanker {

    /** Scores per candidate and the pairwise similarity used later for redundancy control. */
    public record Ranking(double[] scores, double[][] similarity) {
    }

    /** At most this many sentences is a brief summary: the brief coefficients apply in full. */
    static final double BRIEF_SENTENCES = 3.0;
    /** At least this many sentences is a long summary: the long-summary coefficients apply in full. */
    static final double LONG_SENTENCES = 4.0;

    private final SentenceFeatures features;
    private final RankingWeights weights;

    public SentenceRanker(StopWords stopWords, RankingWeights weights) {
        this.features = new SentenceFeatures(stopWords);
        this.weights = weights;
    }

    public Ranking rank(List<Sentence> candidates, List<Token> title, Length length) {
        if (candidates.isEmpty()) {
            return new Ranking(new double[0], new double[0][0]);
        }
        return rank(features.compute(candidates, title), weights.blend(briefness(candidates, length)));
    }

    /**
     * 1 when the summary holds at most {@link #BRIEF_SENTENCES} sentences, 0 from {@link #LONG_SENTENCES} on,
     * linear between. A word budget counts as sentences of the article's mean length. News puts its gist in
     * the first sentences, so a brief summary leans on them; a long one also needs the body's central content.
     */
    public static double briefness(List<Sentence> candidates, Length length) {
        int n = candidates.size();
        double sentences;
        if (length instanceof Length.Sentences s) {
            sentences = Math.min(n, s.count());
        } else if (length instanceof Length.Ratio r) {
            sentences = Math.max(1.0, r.ratio() * n);
        } else {
            int words = 0;
            for (Sentence s : candidates) {
                words += s.wordCount();
            }
            double mean = Math.max(1.0, words / (double) n);
            sentences = Math.min(n, ((Length.Words) length).max() / mean);
        }
        double t = (LONG_SENTENCES - sentences) / (LONG_SENTENCES - BRIEF_SENTENCES);
        return Math.max(0.0, Math.min(1.0, t));
    }

    /**
     * Scores precomputed feature vectors with the given coefficients (one per feature). The model's logits
     * are rescaled to [0, 1] within the article (best 1, worst 0), so that the selector's trade-off between
     * score and redundancy means the same whatever the spread of the logits.
     */
    public static Ranking rank(SentenceFeatures.Values values, double[] coefficients) {
        double[][] vectors = values.vectors();
        double[] scores = new double[vectors.length];
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < vectors.length; i++) {
            scores[i] = logit(vectors[i], coefficients);
            max = Math.max(max, scores[i]);
            min = Math.min(min, scores[i]);
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = max > min ? (scores[i] - min) / (max - min) : 1.0;
        }
        return new Ranking(scores, values.similarity());
    }

    /** The linear part of the model: how strongly the features speak for the sentence. */
    public static double logit(double[] vector, double[] coefficients) {
        double z = 0.0;
        for (int k = 0; k < vector.length; k++) {
            z += coefficients[k] * vector[k];
        }
        return z;
    }
}
