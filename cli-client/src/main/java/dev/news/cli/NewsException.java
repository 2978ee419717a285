package dev.news.cli;

/** A failure the user should read about in one line; {@link #details()} is shown with {@code --verbose} only. */
public final class NewsException extends RuntimeException {

    private final int exitCode;
    private final String details;
    private int status;

    public NewsException(int exitCode, String message, String details, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.details = details;
    }

    public NewsException(int exitCode, String message) {
        this(exitCode, message, null, null);
    }

    /** The same failure, marked as a service's refusal with this HTTP status. */
    NewsException withStatus(int status) {
        this.status = status;
        return this;
    }

    /** The HTTP status with which a service refused the request, or 0 when the failure is not such a refusal. */
    public int status() {
        return status;
    }

    public int exitCode() {
        return exitCode;
    }

    public String details() {
        return details;
    }
}
