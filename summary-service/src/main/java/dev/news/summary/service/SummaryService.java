package dev.news.summary.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.news.problem.ProblemException;
import dev.news.summary.article.ArticleDto;
import dev.news.summary.article.ArticleFetcher;
import dev.news.summary.engine.Analysis;
import dev.news.summary.engine.Document;
import dev.news.summary.engine.Length;
import dev.news.summary.engine.SummaryEngine;
import dev.news.summary.store.SummaryKey;
import dev.news.summary.store.SummaryStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Summaries of stored articles: served from the store when the article's content, the length and the engine
 * are unchanged, computed once otherwise, even when identical requests arrive together.
 */
@ApplicationScoped
public class SummaryService {

    private final ArticleFetcher articles;
    private final SummaryStore store;
    private final EngineLoader engines;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final ConcurrentMap<SummaryKey, CompletableFuture<String>> inFlight = new ConcurrentHashMap<>();

    SummaryService(ArticleFetcher articles, SummaryStore store, EngineLoader engines, ObjectMapper mapper, MeterRegistry registry) {
        this.articles = articles;
        this.store = store;
        this.engines = engines;
        this.mapper = mapper;
        this.registry = registry;
    }

    /** The summary document of a stored article, as JSON. */
    public String summary(long articleId, Length length) {
        Timer.Sample sample = Timer.start(registry);
        ArticleDto article = articles.fetch(articleId)
                .orElseThrow(() -> ProblemException.notFound("article " + articleId + " not found"));
        SummaryKey key = new SummaryKey(articleId, article.contentHash(), LengthParameters.key(length), SummaryEngine.VERSION);
        var stored = store.find(key);
        registry.counter("news.summary.store", "result", stored.isPresent() ? "hit" : "miss").increment();
        String document = stored.orElseGet(() -> computeOnce(key, article, length));
        sample.stop(registry.timer("news.summary.duration", "source", stored.isPresent() ? "stored" : "fresh"));
        return document;
    }

    /** {@code articleId}, {@code title} and {@code facts} of a stored article, as JSON. */
    public String facts(long articleId) {
        try {
            ObjectNode summary = (ObjectNode) mapper.readTree(summary(articleId, Length.defaultLength()));
            ObjectNode facts = mapper.createObjectNode();
            facts.set("articleId", summary.get("articleId"));
            facts.set("title", summary.get("title"));
            facts.set("facts", summary.get("facts"));
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored summary is not valid JSON", e);
        }
    }

    /** The summary document of text that is not stored. */
    public SummaryDocument summarize(String title, String text, Length length) {
        Timer.Sample sample = Timer.start(registry);
        Analysis analysis = engines.engine().summarize(new Document(title, text, null), length);
        sample.stop(registry.timer("news.summary.duration", "source", "posted"));
        return document(null, title, null, analysis);
    }

    private String computeOnce(SummaryKey key, ArticleDto article, Length length) {
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Analysis analysis = engines.engine().summarize(new Document(article.title(), article.body(), article.publishedAt()), length);
            String json = mapper.writeValueAsString(document(article.id(), article.title(), article.contentHash(), analysis));
            store.save(key, json);
            mine.complete(json);
            return json;
        } catch (JsonProcessingException e) {
            IllegalStateException failure = new IllegalStateException("summary could not be written as JSON", e);
            mine.completeExceptionally(failure);
            throw failure;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static SummaryDocument document(Long articleId, String title, String contentHash, Analysis analysis) {
        return new SummaryDocument(articleId, title, contentHash, analysis.summary(), analysis.facts(),
                new SummaryDocument.Engine(SummaryEngine.NAME, SummaryEngine.VERSION), OffsetDateTime.now(ZoneOffset.UTC));
    }
}
