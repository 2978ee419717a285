package dev.news.summary.engine.rank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Coefficients of the sentence model, one per {@link SentenceFeatures.Feature}, for brief and for long
 * summaries. Trained by {@code scripts/train-ranker}, which writes {@code engine/ranking-weights.properties};
 * how they were trained and measured is in {@code docs/quality.md}.
 */
public record RankingWeights(double[] brief, double[] full) {

    static final String RESOURCE = "/engine/ranking-weights.properties";

    public RankingWeights {
        if (brief.length != SentenceFeatures.SIZE || full.length != SentenceFeatures.SIZE) {
            throw new IllegalArgumentException("one coefficient per feature expected");
        }
        brief = brief.clone();
        full = full.clone();
    }

    /** The trained coefficients shipped with the engine. */
    public static RankingWeights trained() {
        Properties p = new Properties();
        try (InputStream in = RankingWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] brief = new double[SentenceFeatures.SIZE];
        double[] full = new double[SentenceFeatures.SIZE];
        for (SentenceFeatures.Feature f : SentenceFeatures.Feature.values()) {
            brief[f.ordinal()] = Double.parseDouble(p.getProperty("brief." + f.name(), "0"));
            full[f.ordinal()] = Double.parseDouble(p.getProperty("long." + f.name(), "0"));
        }
        return new RankingWeights(brief, full);
    }

    /** The coefficients for a summary of the given briefness (1 brief, 0 long), blended linearly. */
    public double[] blend(double briefness) {
        double[] out = new double[full.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = briefness * brief[k] + (1.0 - briefness) * full[k];
        }
        return out;
    }
}
