package dev.news.article.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dev.news.article.ArticleInput;
import dev.news.article.config.ArticleConfig;
import dev.news.article.page.ExtractedPage;
import dev.news.article.page.PageExtractor;
import dev.news.domain.InputTooLargeException;

/** Reads articles from web pages sent as bytes, within the size, time and concurrency limits; never fetches a URL. */
@ApplicationScoped
public class PageService {

    private static final int MAX_SOURCE_NAME = 500;

    private final ArticleConfig config;
    private final PageExtractor extractor;
    private final PageGate gate;

    /** A page whose article text is shorter than this holds no article (a login wall, an error page, a stub). */
    static final int MIN_BODY_CHARS = 25;

    PageService(ArticleConfig config) {
        this.config = config;
        this.extractor = new PageExtractor(new PageExtractor.Limits(config.pageMaxElements(), config.pageMaxDepth(), MIN_BODY_CHARS));
        this.gate = new PageGate(config.pageConcurrency(), config.pageTimeout());
    }

    /** The article in {@code page}; {@code charset} is the request's charset parameter, {@code sourceUrl} the page's address. */
    public ExtractedPage extract(byte[] page, String charset, String sourceUrl) {
        if (page.length > config.pageMaxBytes()) {
            throw new InputTooLargeException("body", "the page is larger than " + config.pageMaxBytes() + " bytes");
        }
        return gate.run(() -> extractor.extract(page, charset, sourceUrl));
    }

    /** What to store for an extracted page. */
    public static ArticleInput toInput(ExtractedPage page, String sourceUrl) {
        String site = page.siteName() == null || page.siteName().length() <= MAX_SOURCE_NAME ? page.siteName()
                : page.siteName().substring(0, MAX_SOURCE_NAME);
        return new ArticleInput(page.title(), page.body(), site, sourceUrl, page.authors(), page.publishedAt(), page.language(),
                null, page.modifiedAt(), page.canonicalUrl(), page.imageUrl());
    }

    @PreDestroy
    void stop() {
        gate.close();
    }
}
