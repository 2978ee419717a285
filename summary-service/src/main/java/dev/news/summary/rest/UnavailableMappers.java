package dev.news.summary.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.news.problem.ProblemException;
import dev.news.problem.ProblemMappers;
import dev.news.summary.article.ArticleServiceRejectedException;
import dev.news.summary.article.ArticleServiceUnavailableException;
import dev.news.summary.config.SummaryConfig;
import dev.news.summary.engine.InvalidTextException;

/** Outcomes of summary-service's own kinds, told to the client in the one problem shape. */
public class UnavailableMappers {

    private static final Logger LOG = Logger.getLogger(UnavailableMappers.class);

    private final SummaryConfig config;

    UnavailableMappers(SummaryConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response articleServiceDown(ArticleServiceUnavailableException e, UriInfo uri) {
        LOG.warnf("article-service unavailable: %s", e.getMessage());
        return ProblemMappers.render(ProblemException.unavailable("article-service is unavailable: " + e.getMessage(), config.retryAfterSeconds()), uri);
    }

    /** article-service answered with a refusal: our fault or its settings', not a passing outage, so no Retry-After. */
    @ServerExceptionMapper
    public Response articleServiceRefused(ArticleServiceRejectedException e, UriInfo uri) {
        LOG.warnf("%s", e.getMessage());
        return ProblemMappers.render(new ProblemException(502, "Bad gateway", e.getMessage(), List.of(), Map.of()), uri);
    }

    /** Timeout, open circuit breaker or full bulkhead on the way to article-service. */
    @ServerExceptionMapper
    public Response faultTolerance(FaultToleranceException e, UriInfo uri) {
        String reason = switch (e.getClass().getSimpleName()) {
            case "TimeoutException" -> "did not answer in time";
            case "CircuitBreakerOpenException" -> "is failing; calls are paused";
            case "BulkheadException" -> "has too many calls in flight";
            default -> "is unavailable";
        };
        LOG.warnf("article-service %s", reason);
        return ProblemMappers.render(ProblemException.unavailable("article-service " + reason, config.retryAfterSeconds()), uri);
    }

    @ServerExceptionMapper
    public Response invalidText(InvalidTextException e, UriInfo uri) {
        return ProblemMappers.render(ProblemException.badRequest("text", e.getMessage()), uri);
    }
}
