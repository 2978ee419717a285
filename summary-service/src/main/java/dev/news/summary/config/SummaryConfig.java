package dev.news.summary.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** summary-service settings, under {@code news.summary} (env {@code NEWS_SUMMARY_...}). */
@ConfigMapping(prefix = "news.summary")
public interface SummaryConfig {

    /** Largest text accepted by {@code POST /summaries}, in bytes of UTF-8; larger gets 413. */
    @WithDefault("1048576")
    int maxTextBytes();

    /** Most sentences a request may ask for. */
    @WithDefault("100")
    int maxSentences();

    /** How many texts one client (by address) may send to {@code POST /summaries} a minute; more get 429. */
    @WithDefault("60")
    int postsPerMinute();

    /** Seconds a client is told to wait ({@code Retry-After}) when article-service or the engine is not available. */
    @WithDefault("5")
    int retryAfterSeconds();

    /**
     * How long summary-service trusts its copy of an article after article-service confirmed it, before asking again
     * whether it changed; an edit shows in summaries within this time. {@code 0S} asks on every request, and so does
     * a request with {@code Cache-Control: no-cache}.
     */
    @WithDefault("5S")
    Duration articleMaxAge();

    /**
     * For this long after {@link #articleMaxAge()}, a request is still served from the copy while article-service is
     * asked in the background (HTTP's stale-while-revalidate); later ones wait for the answer. An edit therefore shows
     * within the sum of both at most. {@code 0S} makes every request past the age wait.
     */
    @WithDefault("5S")
    Duration articleStaleWhileRevalidate();

    /**
     * Bytes of memory for copies kept in front of article-service and the store, the least recently used dropped first:
     * half for article copies, three eighths for summary documents, one eighth for facts documents.
     */
    @WithDefault("67108864")
    long cachedBytes();

    /** Longest a fresh analysis may run; then it is stopped and the request gets 503. */
    @WithDefault("5S")
    Duration analysisTimeout();

    /** Fresh analyses running at once (a bulkhead); stored summaries do not count. */
    @WithDefault("2")
    int concurrentAnalyses();

    /** How long a request waits for one of those slots before it gets 503. */
    @WithDefault("1S")
    Duration analysisWait();

    /** Characters of a text the engine analyses; the rest is left out, and the summary document says {@code "truncated": true}. */
    @WithDefault("100000")
    int maxAnalysedChars();

    /** Sentences of a text the engine analyses (ranking compares every pair); the rest is left out. */
    @WithDefault("500")
    int maxAnalysedSentences();

    /** Tokens per sentence; a longer run of tokens is analysed as chunks of at most this many. */
    @WithDefault("200")
    int maxSentenceTokens();

    /**
     * A PEM private key (PKCS#8) whose public half article-service trusts: summary-service then signs its own reader
     * token for every call, so summaries keep working when article-service closes its reads. None: no token is sent.
     */
    Optional<Path> articleTokenKey();

    /** The issuer those tokens name; article-service's {@code mp.jwt.verify.issuer}. */
    @WithDefault("news")
    String articleTokenIssuer();

    /** How long each of those tokens lives; a new one is signed when half of it is gone. */
    @WithDefault("5M")
    Duration articleTokenLifetime();
}
