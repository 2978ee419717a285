package dev.news.summary.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** summary-service settings, under {@code news.summary} (env {@code NEWS_SUMMARY_...}). */
@ConfigMapping(prefix = "news.summary")
public interface SummaryConfig {

    /** Largest text accepted by {@code POST /summaries}, in bytes of UTF-8; larger gets 413. */
    @WithDefault("1048576")
    int maxTextBytes();

    /** Most sentences a request may ask for. */
    @WithDefault("100")
    int maxSentences();

    /** How many texts one client (by address) may send to {@code POST /summaries} a minute; more get 429. */
    @WithDefault("60")
    int postsPerMinute();

    /** Seconds a client is told to wait ({@code Retry-After}) when article-service or the engine is not available. */
    @WithDefault("5")
    int retryAfterSeconds();
}
