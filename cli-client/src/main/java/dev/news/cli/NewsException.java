package dev.news.cli;

/** A failure the user should read about in one line; {@link #details()} is shown with {@code --verbose} only. */
public final class NewsException extends RuntimeException {

    private final int exitCode;
    private final String details;

    public NewsException(int exitCode, String message, String details, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.details = details;
    }

    public NewsException(int exitCode, String message) {
        this(exitCode, message, null, null);
    }

    public int exitCode() {
        return exitCode;
    }

    public String details() {
        return details;
    }
}
