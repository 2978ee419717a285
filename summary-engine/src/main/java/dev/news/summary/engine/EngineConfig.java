package dev.news.summary.engine;

/**
 * Options of a {@link SummaryEngine}: how much text to analyse per article (characters, sentences, tokens per sentence)
 * and whether relative dates ("Thursday", "yesterday") are resolved against the publication time. The defaults suit
 * news articles; the limits keep time and memory in proportion to the text, whatever the text.
 */
public record EngineConfig(int maxTextChars, boolean resolveTimeExpressions, int maxSentences, int maxSentenceTokens) {

    /** Sentences analysed at most: ranking compares every pair. */
    public static final int DEFAULT_MAX_SENTENCES = 500;
    /** Tokens per sentence at most: longer runs (lists, number tables, "Mr. Mr. Mr.") are cut into chunks. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 200;

    public EngineConfig {
        if (maxTextChars < 1_000) {
            throw new IllegalArgumentException("maxTextChars must be at least 1000, was " + maxTextChars);
        }
        if (maxSentences < 1 || maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentences must be at least 1 and maxSentenceTokens at least 10, were "
                    + maxSentences + " and " + maxSentenceTokens);
        }
    }

    public EngineConfig(int maxTextChars, boolean resolveTimeExpressions) {
        this(maxTextChars, resolveTimeExpressions, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_SENTENCE_TOKENS);
    }

    /** Analyses up to 100,000 characters, 500 sentences and 200 tokens a sentence per article, and resolves time expressions. */
    public static EngineConfig defaults() {
        return new EngineConfig(100_000, true);
    }
}
