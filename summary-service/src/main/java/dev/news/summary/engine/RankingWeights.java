package dev.news.summary.engine;

/** Coefficients of the sentence model, one per {@link SentenceFeatures.Feature}; placeholder until trained. */
record RankingWeights(double[] coefficients) {

    static RankingWeights defaults() {
        double[] c = new double[SentenceFeatures.SIZE];
        c[SentenceFeatures.Feature.BIAS.ordinal()] = -2.0;
        c[SentenceFeatures.Feature.CENTRALITY.ordinal()] = 0.55 * 4;
        c[SentenceFeatures.Feature.LEAD.ordinal()] = 0.30 * 4;
        c[SentenceFeatures.Feature.TITLE.ordinal()] = 0.15 * 4;
        c[SentenceFeatures.Feature.SHORT.ordinal()] = -1.0;
        return new RankingWeights(c);
    }
}
