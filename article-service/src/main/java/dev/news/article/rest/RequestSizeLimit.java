package dev.news.article.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.news.article.config.ArticleConfig;
import dev.news.problem.InspectedInputStream;
import dev.news.problem.ProblemException;

/**
 * Bounds a request body before it is read. Every endpoint but the NDJSON import reads its whole body into memory
 * before the article body's own limit can be checked, and the HTTP layer's limit has to leave room for an import
 * (read as it streams), so a larger body is refused here from its declared length with 413. A web page
 * ({@code text/html}) is bounded by {@code news.article.page-max-bytes} instead, an import by
 * {@code news.article.max-import-bytes}. A body sent without a length (chunked)
 * is counted as it is read and refused with the same 413 the moment it passes the limit, so it never fills the heap.
 */
public class RequestSizeLimit {

    private final ArticleConfig config;

    RequestSizeLimit(ArticleConfig config) {
        this.config = config;
    }

    /**
     * The largest body read whole: an article body at {@code news.article.max-body-bytes} may grow to three times its
     * bytes when a client escapes every non-ASCII character in JSON, and the other fields are small beside it.
     */
    long maxRequestBytes() {
        return 4L * config.maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public void bounded(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String lower = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT);
        // An import is read as it streams and has a limit of its own; a web page too, checked on its bytes as sent.
        long limit = lower.startsWith(ArticleResource.NDJSON) ? config.maxImportBytes()
                : lower.startsWith("text/html") ? config.pageMaxBytes() : maxRequestBytes();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isBlank()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(HttpHeaders.CONTENT_LENGTH, "must be a whole number");
        }
        if (declared > limit) {
            throw ProblemException.requestTooLarge(limit);
        }
    }

    /** Passes a body on until more than {@code limit} bytes have come, then refuses it as too large. */
    static final class Bounded extends InspectedInputStream {

        private final long limit;
        private long read;

        Bounded(java.io.InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        protected void inspect(byte[] b, int off, int n) {
            read += n;
            if (read > limit) {
                throw ProblemException.requestTooLarge(limit);
            }
        }
    }
}
