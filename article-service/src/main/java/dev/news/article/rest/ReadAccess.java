package dev.news.article.rest;

import jakarta.enterprise.context.RequestScoped;

import dev.news.article.config.ArticleConfig;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Reads are open unless {@code news.article.open-reads=false}; then they need a valid bearer token (any role). */
@RequestScoped
public class ReadAccess {

    private final ArticleConfig config;
    private final SecurityIdentity identity;

    ReadAccess(ArticleConfig config, SecurityIdentity identity) {
        this.config = config;
        this.identity = identity;
    }

    void check() {
        if (!config.openReads() && identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }
}
