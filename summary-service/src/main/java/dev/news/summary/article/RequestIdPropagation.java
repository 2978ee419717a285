package dev.news.summary.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import dev.news.requestid.RequestIdFilter;

/** Sends the id of the request being served on to article-service, so both logs show the same id. */
@ApplicationScoped
public class RequestIdPropagation implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String id = RequestIdFilter.current();
        if (id != null) {
            headers.putSingle(RequestIdFilter.HEADER, id);
        }
        return headers;
    }
}
