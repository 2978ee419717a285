package dev.news.domain;

/**
 * What the services' domain code reports when it refuses a request: a kind of failure named by its class, with the
 * field at fault where there is one. It knows nothing of HTTP; {@code dev.news.problem.ProblemMappers} (and each
 * service's own mapper for its own kinds) is the one place that turns these into problem documents.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final String reason;

    protected DomainException(String field, String reason) {
        super(field == null ? reason : field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The request field, parameter or header at fault, or null when the failure is not about one. */
    public String field() {
        return field;
    }

    /** The message without the field's name. */
    public String reason() {
        return reason;
    }
}
