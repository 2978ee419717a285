package dev.news.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** article-service settings, under {@code news.article} (env {@code NEWS_ARTICLE_...}). */
@ConfigMapping(prefix = "news.article")
public interface ArticleConfig {

    /** Largest accepted article body, in bytes of UTF-8; larger ones get 413. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** Articles written per transaction by the NDJSON import. */
    @WithDefault("100")
    int importBatchSize();

    /** Whether reading articles needs no token; writes always need role editor. */
    @WithDefault("true")
    boolean openReads();

    /** Largest page size a list request may ask for. */
    @WithDefault("100")
    int maxPageSize();
}
