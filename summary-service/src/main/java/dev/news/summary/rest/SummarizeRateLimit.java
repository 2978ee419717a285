package dev.news.summary.rest;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.news.problem.Problem;
import dev.news.problem.ProblemException;
import dev.news.problem.ProblemMappers;
import dev.news.summary.config.SummaryConfig;
import dev.news.summary.service.RateLimiter;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code POST /summaries} costs a full NLP run: each client (by address) gets a bounded number a minute. The filter runs
 * for the methods marked {@link RateLimited}, whatever spelling of their path was requested.
 */
@ApplicationScoped
public class SummarizeRateLimit {

    private final RateLimiter limiter;

    SummarizeRateLimit(SummaryConfig config) {
        this.limiter = new RateLimiter(config.postsPerMinute(), System::nanoTime);
    }

    @ServerRequestFilter
    @RateLimited
    public Response limit(HttpServerRequest http, UriInfo uri) {
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        long wait = limiter.acquire(client);
        if (wait == 0) {
            return null;
        }
        return ProblemMappers.render(new ProblemException(429, "Too many requests",
                "at most the configured number of texts a minute may be summarised per client; try again in " + wait + " s",
                List.of(new Problem.FieldError("client", "rate limit reached")),
                Map.of("Retry-After", Long.toString(wait))), uri);
    }
}
