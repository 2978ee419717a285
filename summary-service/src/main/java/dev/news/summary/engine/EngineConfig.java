package dev.news.summary.engine;

/**
 * Options of a {@link SummaryEngine}: how much text to analyse per article and whether relative dates
 * ("Thursday", "yesterday") are resolved against the publication time. The defaults suit news articles.
 */
public record EngineConfig(int maxTextChars, boolean resolveTimeExpressions) {

    public EngineConfig {
        if (maxTextChars < 1_000) {
            throw new IllegalArgumentException("maxTextChars must be at least 1000, was " + maxTextChars);
        }
    }

    /** Analyses up to 100,000 characters per article and resolves time expressions. */
    public static EngineConfig defaults() {
        return new EngineConfig(100_000, true);
    }
}
