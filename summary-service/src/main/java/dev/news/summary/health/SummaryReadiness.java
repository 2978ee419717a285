package dev.news.summary.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.news.summary.engine.SummaryEngine;
import dev.news.summary.service.EngineLoader;

/** Ready only once the NLP models are loaded (the database has its own check from the datasource). */
@Readiness
@ApplicationScoped
public class SummaryReadiness implements HealthCheck {

    private final EngineLoader loader;

    SummaryReadiness(EngineLoader loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("summary engine")
                .status(loader.loaded())
                .withData("engine", SummaryEngine.NAME + " " + SummaryEngine.VERSION)
                .build();
    }
}
