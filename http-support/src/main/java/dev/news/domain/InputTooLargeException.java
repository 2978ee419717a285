package dev.news.domain;

/** A field (or the whole request, as {@code body}) is larger than its configured limit. */
public class InputTooLargeException extends DomainException {

    public InputTooLargeException(String field, String reason) {
        super(field, reason);
    }
}
