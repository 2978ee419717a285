package dev.news.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An HTTP problem decided in the REST layer (resources and filters; services throw {@code dev.news.domain}
 * exceptions), turned into {@code application/problem+json} by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** 400: a request field, parameter or header is invalid. */
    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "Bad request", field + ": " + message, List.of(new Problem.FieldError(field, message)), Map.of());
    }

    /** 404: the thing named by the request does not exist. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of(), Map.of());
    }

    /** 413: a field is larger than the configured limit. */
    public static ProblemException tooLarge(String field, String message) {
        return new ProblemException(413, "Payload too large", field + ": " + message, List.of(new Problem.FieldError(field, message)), Map.of());
    }

    /** 413 naming {@code body}: the whole request is larger than {@code limit} bytes. */
    public static ProblemException requestTooLarge(long limit) {
        return tooLarge("body", "the request is larger than " + limit + " bytes");
    }

    /** 503 with {@code Retry-After}: a dependency is down; the client may try again later. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(503, "Service unavailable", detail, List.of(), Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** The problem document for a request to {@code instance} (its path). */
    public Problem problem(String instance) {
        return new Problem(URI.create("about:blank"), title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
