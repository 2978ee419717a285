package dev.news.article.service;

import dev.news.domain.DomainException;

/** An edit would make an article's content the same as another stored article's. */
public class DuplicateContentException extends DomainException {

    private final long existingId;

    public DuplicateContentException(long existingId) {
        super("body", "duplicate of article " + existingId);
        this.existingId = existingId;
    }

    /** The article that already has this content. */
    public long existingId() {
        return existingId;
    }
}
