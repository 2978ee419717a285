package dev.news.domain;

/** The work cannot be done now (every slot taken, a deadline passed, models still loading); later it may be. */
public class BusyException extends DomainException {

    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(null, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** How long a client should wait before it tries again. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
