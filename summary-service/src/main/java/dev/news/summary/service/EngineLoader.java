package dev.news.summary.service;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.news.summary.config.SummaryConfig;
import dev.news.summary.engine.EngineConfig;
import dev.news.summary.engine.SummaryEngine;
import dev.news.domain.BusyException;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the summary engine once per process, in the background from start-up: the HTTP server (and its
 * liveness) is up at once, readiness turns green when the models are loaded, and requests meanwhile get 503.
 */
@ApplicationScoped
public class EngineLoader {

    private static final Logger LOG = Logger.getLogger(EngineLoader.class);

    private final CompletableFuture<SummaryEngine> engine = new CompletableFuture<>();
    private final SummaryConfig config;

    EngineLoader(SummaryConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "summary-engine-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        long start = System.nanoTime();
        try {
            engine.complete(new SummaryEngine(new EngineConfig(config.maxAnalysedChars(), true, config.maxAnalysedSentences(),
                    config.maxSentenceTokens())));
            LOG.infof("summary engine %s %s loaded in %d ms", SummaryEngine.NAME, SummaryEngine.VERSION,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | Error e) {
            LOG.error("summary engine failed to load", e);
            engine.completeExceptionally(e);
        }
    }

    public boolean loaded() {
        return engine.isDone() && !engine.isCompletedExceptionally();
    }

    /** The engine, or a 503 while it is loading. */
    public SummaryEngine engine() {
        if (!loaded()) {
            throw new BusyException("the summary engine is " + (engine.isDone() ? "not available" : "still loading"),
                    config.retryAfterSeconds());
        }
        return engine.join();
    }
}
