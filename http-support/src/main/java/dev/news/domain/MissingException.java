package dev.news.domain;

/** What the request names (an article by its id) does not exist. */
public class MissingException extends DomainException {

    public MissingException(String what) {
        super(null, what + " not found");
    }
}
