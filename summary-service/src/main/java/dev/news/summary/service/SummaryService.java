package dev.news.summary.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.news.domain.MissingException;
import dev.news.summary.article.ArticleDto;
import dev.news.summary.article.ArticleFetcher;
import dev.news.summary.article.ArticleRefresher;
import dev.news.summary.cache.Recent;
import dev.news.summary.config.SummaryConfig;
import dev.news.summary.engine.Analysis;
import dev.news.summary.engine.Document;
import dev.news.summary.engine.Length;
import dev.news.summary.engine.SummaryEngine;
import dev.news.summary.store.SummaryKey;
import dev.news.summary.store.SummaryStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Summaries of stored articles: served from memory or the store when the article's content, the length and the engine
 * are unchanged, computed once otherwise, even when identical requests arrive together. Whether the content is unchanged
 * is asked of article-service at most once per {@code news.summary.article-max-age} and article (in the background
 * for a while after that), or on every request that asks to revalidate.
 */
@ApplicationScoped
public class SummaryService {

    private final ArticleFetcher articles;
    private final ArticleRefresher refresher;
    private final SummaryStore store;
    private final EngineLoader engines;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final SummaryConfig config;
    private final ConcurrentMap<SummaryKey, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
    // Copies of stored documents: a key names one content, so a copy never goes stale.
    private final Recent<SummaryKey, String> summaries;
    private final Recent<SummaryKey, String> facts;
    private final AnalysisGate analyses;

    SummaryService(ArticleFetcher articles, ArticleRefresher refresher, SummaryStore store, EngineLoader engines, ObjectMapper mapper, MeterRegistry registry,
            SummaryConfig config) {
        this.articles = articles;
        this.refresher = refresher;
        this.store = store;
        this.engines = engines;
        this.mapper = mapper;
        this.registry = registry;
        this.config = config;
        this.summaries = new Recent<>(config.cachedBytes() / 8 * 3, Recent::weightOf);
        this.facts = new Recent<>(config.cachedBytes() / 8, Recent::weightOf);
        this.analyses = new AnalysisGate(config.concurrentAnalyses(), config.analysisWait(), config.analysisTimeout(),
                config.retryAfterSeconds());
    }

    @PreDestroy
    void stop() {
        analyses.close();
    }

    /** The summary document of a stored article, as JSON; {@code revalidate} asks article-service whether it changed. */
    public String summary(long articleId, Length length, boolean revalidate) {
        return keyedSummary(articleId, length, revalidate).document();
    }

    /** {@code articleId}, {@code title} and {@code facts} of a stored article, as JSON. */
    public String facts(long articleId, boolean revalidate) {
        Keyed summary = keyedSummary(articleId, Length.defaultLength(), revalidate);
        String known = facts.get(summary.key());
        if (known != null) {
            return known;
        }
        try {
            ObjectNode document = (ObjectNode) mapper.readTree(summary.document());
            ObjectNode extract = mapper.createObjectNode();
            extract.set("articleId", document.get("articleId"));
            extract.set("title", document.get("title"));
            extract.set("facts", document.get("facts"));
            String json = mapper.writeValueAsString(extract);
            facts.put(summary.key(), json);
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored summary is not valid JSON", e);
        }
    }

    private record Keyed(SummaryKey key, String document) {
    }

    private Keyed keyedSummary(long articleId, Length requested, boolean revalidate) {
        Timer.Sample sample = Timer.start(registry);
        Length length = LengthParameters.variant(requested);
        ArticleDto article = article(articleId, revalidate);
        SummaryKey key = new SummaryKey(articleId, article.contentHash(), LengthParameters.key(length), SummaryEngine.VERSION);
        String kept = summaries.get(key);
        registry.counter("news.summary.memory", "result", kept != null ? "hit" : "miss").increment();
        Outcome outcome = kept != null ? new Outcome(kept, STORED) : loadOrCompute(key, article, length);
        sample.stop(registry.timer("news.summary.duration", "source", outcome.source()));
        return new Keyed(key, outcome.document());
    }

    private ArticleDto article(long articleId, boolean revalidate) {
        ArticleFetcher.Copy copy = revalidate ? null : articles.copy(articleId).orElse(null);
        if (copy != null) {
            Duration age = copy.age();
            if (age.compareTo(config.articleMaxAge()) <= 0) {
                countCopy("trusted");
                return copy.article();
            }
            if (age.compareTo(config.articleMaxAge().plus(config.articleStaleWhileRevalidate())) <= 0) {
                countCopy("stale");
                refresher.refresh(articleId);
                return copy.article();
            }
        }
        countCopy("revalidated");
        return articles.fetch(articleId).orElseThrow(() -> new MissingException("article " + articleId));
    }

    private void countCopy(String result) {
        registry.counter("news.summary.article_copy", "result", result).increment();
    }

    /** The summary document of text that is not stored. */
    public SummaryDocument summarize(String title, String text, Length length) {
        Timer.Sample sample = Timer.start(registry);
        SummaryEngine engine = engines.engine();
        Analysis analysis = analyses.run(() -> engine.summarize(new Document(title, text, null), length));
        sample.stop(registry.timer("news.summary.duration", "source", "posted"));
        return document(null, title, null, analysis, truncated(text));
    }

    /** Where a request's document came from: computed by it, stored (memory or database), or computed by another request it waited for. */
    private record Outcome(String document, String source) {
    }

    private static final String FRESH = "fresh";
    private static final String STORED = "stored";
    private static final String SHARED = "shared";

    /** The document from the store, or from the engine, looked for and computed once for requests that arrive together. */
    private Outcome loadOrCompute(SummaryKey key, ArticleDto article, Length length) {
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                // Another request is computing it: this one waited, it did not compute a fresh summary.
                Outcome theirs = running.join();
                return new Outcome(theirs.document(), theirs.source().equals(FRESH) ? SHARED : theirs.source());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            // A request that finished just before this one took its place has left the document in memory.
            String kept = summaries.get(key);
            Outcome outcome;
            if (kept != null) {
                outcome = new Outcome(kept, STORED);
            } else {
                Optional<String> stored = store.find(key);
                registry.counter("news.summary.store", "result", stored.isPresent() ? "hit" : "miss").increment();
                outcome = stored.map(document -> new Outcome(document, STORED))
                        .orElseGet(() -> new Outcome(compute(key, article, length), FRESH));
            }
            summaries.put(key, outcome.document());
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private String compute(SummaryKey key, ArticleDto article, Length length) {
        SummaryEngine engine = engines.engine();
        Analysis analysis = analyses.run(() -> engine.summarize(new Document(article.title(), article.body(), article.publishedAt()), length));
        String json;
        try {
            json = mapper.writeValueAsString(document(article.id(), article.title(), article.contentHash(), analysis, truncated(article.body())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary could not be written as JSON", e);
        }
        store.save(key, json);
        return json;
    }

    /** True (else absent) when the engine analysed only the first {@code news.summary.max-analysed-chars} of the text. */
    private Boolean truncated(String text) {
        return text != null && text.length() > config.maxAnalysedChars() ? Boolean.TRUE : null;
    }

    private static SummaryDocument document(Long articleId, String title, String contentHash, Analysis analysis, Boolean truncated) {
        return new SummaryDocument(articleId, title, contentHash, analysis.summary(), analysis.facts(), truncated,
                new SummaryDocument.Engine(SummaryEngine.NAME, SummaryEngine.VERSION), OffsetDateTime.now(ZoneOffset.UTC));
    }
}
