package dev.news.summary.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import dev.news.requestid.RequestIdFilter;

/**
 * The headers of each call to article-service: the id of the request being served, so both logs show the same id, and
 * summary-service's own token when it has a key to sign one ({@link ArticleToken}).
 */
@ApplicationScoped
public class ArticleCallHeaders implements ClientHeadersFactory {

    private final ArticleToken token;

    ArticleCallHeaders(ArticleToken token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String id = RequestIdFilter.current();
        if (id != null) {
            headers.putSingle(RequestIdFilter.HEADER, id);
        }
        token.authorization().ifPresent(value -> headers.putSingle(HttpHeaders.AUTHORIZATION, value));
        return headers;
    }
}
