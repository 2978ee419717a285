package dev.news.article.service;

import dev.news.domain.DomainException;

/** An edit was based on a version of the article that is no longer the current one: never an overwrite. */
public class StaleVersionException extends DomainException {

    private final int currentVersion;

    /** {@code currentVersion} is -1 when it is not known (lost to a concurrent edit). */
    public StaleVersionException(int currentVersion) {
        super("If-Match", "stale version");
        this.currentVersion = currentVersion;
    }

    /** The article's version now, or -1 when it is not known. */
    public int currentVersion() {
        return currentVersion;
    }
}
