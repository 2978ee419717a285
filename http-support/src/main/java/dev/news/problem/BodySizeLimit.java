package dev.news.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP layer's own bound on a request body ({@code quarkus.http.limits.max-body-size}), answered as every other
 * refusal is: a {@code 413} problem document naming {@code body}, not the bare status the HTTP layer would send. It runs
 * just before the HTTP layer's check of {@code Content-Length}, so that check never sees a request over the bound;
 * the body is not read, and the connection is closed after the answer, as the HTTP layer does. The services' own,
 * lower limits stay where they are (in code, per field and per kind of request).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit, ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void register(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> check(context, max.asLongValue())));
    }

    private void check(RoutingContext context, long max) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !AsciiNumbers.isDigits(declared) || declared.length() < 19 && Long.parseLong(declared) <= max) {
            // No length (counted as it is read), a malformed one (the HTTP layer refuses it) or one within the bound.
            context.next();
            return;
        }
        ProblemException tooLarge = ProblemException.requestTooLarge(max);
        String body;
        try {
            body = json.writeValueAsString(tooLarge.problem(context.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(tooLarge.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ignored -> context.request().connection().close())
                .end(body);
    }
}
