package dev.news.domain;

/** A field, parameter or header has a value the service cannot take. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String reason) {
        super(field, reason);
    }
}
