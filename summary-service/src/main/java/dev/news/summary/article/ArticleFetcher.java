package dev.news.summary.article;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.news.summary.cache.Recent;
import dev.news.summary.config.SummaryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Fetches articles from article-service with a timeout, retries with backoff on connection errors and 5xx
 * only, a circuit breaker and a bulkhead. An unknown article is an empty result, not a failure, so that it
 * never opens the breaker. An article fetched before is asked for with {@code If-None-Match}: when it is unchanged
 * article-service answers 304 and the copy kept here is used; {@link #copy} returns that copy, and its age, without asking
 * at all. Each knob can be changed by MicroProfile Fault Tolerance config, e.g.
 * {@code quarkus.fault-tolerance."dev.news.summary.article.ArticleFetcher/fetch".timeout.value}.
 */
@ApplicationScoped
public class ArticleFetcher {

    private final ArticleClient client;
    private final MeterRegistry registry;
    private final ArticleToken token;
    // Articles fetched lately, so that an unchanged one is confirmed by a 304 instead of sent again.
    private final Recent<Long, Copy> recent;

    /** An article as article-service last confirmed it, and when ({@link System#nanoTime()}). */
    public record Copy(ArticleDto article, long confirmedAt) {

        /** How long ago article-service confirmed it. */
        public Duration age() {
            return Duration.ofNanos(System.nanoTime() - confirmedAt);
        }

        /** Estimated bytes on the heap: the body dominates. */
        long weight() {
            return Recent.weightOf(article.body()) + Recent.weightOf(article.title()) + Recent.weightOf(article.contentHash());
        }
    }

    ArticleFetcher(@RestClient ArticleClient client, MeterRegistry registry, SummaryConfig config, ArticleToken token) {
        this.client = client;
        this.registry = registry;
        this.token = token;
        this.recent = new Recent<>(config.cachedBytes() / 2, Copy::weight);
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, retryOn = ArticleServiceUnavailableException.class,
            abortOn = ArticleServiceRejectedException.class)
    @ExponentialBackoff(factor = 3, maxDelay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 1,
            failOn = {ArticleServiceUnavailableException.class, TimeoutException.class},
            skipOn = ArticleServiceRejectedException.class)
    @Bulkhead(value = 64)
    public Optional<ArticleDto> fetch(long id) {
        Copy known = recent.get(id);
        try (Response response = client.get(id, known == null ? null : "\"" + known.article().version() + "\"")) {
            if (response.getStatus() == 304 && known != null) {
                recent.put(id, new Copy(known.article(), System.nanoTime()));
                count("not_modified");
                return Optional.of(known.article());
            }
            ArticleDto article = response.readEntity(ArticleDto.class);
            recent.put(id, new Copy(article, System.nanoTime()));
            count("ok");
            return Optional.of(article);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                recent.remove(id);
                count("not_found");
                return Optional.empty();
            }
            if (status >= 500) {
                count("server_error");
                throw new ArticleServiceUnavailableException("article-service answered " + status, e);
            }
            count("client_error");
            String why = status != 401 && status != 403 ? ""
                    : token.authorization().isPresent()
                    ? ": it does not accept summary-service's token (does it trust the public half of news.summary.article-token-key?)"
                    : ": it wants a token, and summary-service has no key to sign one (news.summary.article-token-key)";
            throw new ArticleServiceRejectedException("article-service refused the request with " + status + why, e);
        } catch (ProcessingException e) {
            count("unreachable");
            throw new ArticleServiceUnavailableException("article-service is unreachable", e);
        }
    }

    /** The copy of the article that article-service confirmed last, without calling it; empty when there is none. */
    public Optional<Copy> copy(long id) {
        return Optional.ofNullable(recent.get(id));
    }

    private void count(String outcome) {
        registry.counter("news.article_service.calls", "outcome", outcome).increment();
    }
}
