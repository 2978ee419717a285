package dev.news.article.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** article-service settings, under {@code news.article} (env {@code NEWS_ARTICLE_...}). */
@ConfigMapping(prefix = "news.article")
public interface ArticleConfig {

    /** Largest accepted article body, in bytes of UTF-8; larger ones get 413. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /**
     * Largest NDJSON import, in bytes as sent; a larger one gets 413, from its declared length or, sent without one, once
     * it passes this (what was stored by then stays stored). Kept below the HTTP layer's own bound
     * ({@code quarkus.http.limits.max-body-size}), which would answer without a problem document.
     */
    @WithDefault("268435456")
    long maxImportBytes();

    /** Articles written per transaction by the NDJSON import. */
    @WithDefault("100")
    int importBatchSize();

    /** Whether reading articles needs no token; writes always need role editor. */
    @WithDefault("true")
    boolean openReads();

    /** Largest page size a list request may ask for. */
    @WithDefault("100")
    int maxPageSize();

    /** Largest HTML page accepted, in bytes as sent; larger ones get 413. */
    @WithDefault("5242880")
    int pageMaxBytes();

    /** How long reading one page may take; a page not read by then gets 422 and its extraction is stopped. */
    @WithDefault("2S")
    Duration pageTimeout();

    /** Pages read at once; more wait up to the timeout for a turn, then get 503. */
    @WithDefault("2")
    int pageConcurrency();

    /** Most elements a page may have once parsed; a page with more gets 422 before its content is looked for. */
    @WithDefault("200000")
    int pageMaxElements();

    /** Deepest nesting of elements a parsed page may have; a deeper one gets 422 before its content is looked for. */
    @WithDefault("100")
    int pageMaxDepth();
}
