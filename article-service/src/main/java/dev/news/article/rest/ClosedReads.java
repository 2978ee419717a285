package dev.news.article.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.news.article.config.ArticleConfig;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * With {@code news.article.open-reads=false}, every request to the API needs a valid bearer token (any role): one filter
 * for all endpoints, so a new read cannot forget to ask. Writes need the role editor on top ({@code @RolesAllowed}).
 * Health, metrics and the OpenAPI document are not API endpoints and stay open. The identity is resolved only when reads
 * are closed: open reads cost nothing here.
 */
@ApplicationScoped
public class ClosedReads {

    private final ArticleConfig config;
    private final CurrentIdentityAssociation identities;

    ClosedReads(ArticleConfig config, CurrentIdentityAssociation identities) {
        this.config = config;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireAToken() {
        if (config.openReads()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onItem().invoke(identity -> {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
        }).replaceWithVoid();
    }
}
