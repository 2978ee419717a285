package dev.news.summary.engine;

/** Thrown when the input cannot be analysed at all, e.g. an empty text. */
public final class InvalidTextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidTextException(String message) {
        super(message);
    }
}
