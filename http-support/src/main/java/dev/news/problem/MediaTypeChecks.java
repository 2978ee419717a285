package dev.news.problem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Media type headers, checked before a resource method runs: a {@code Content-Type} or {@code Accept} that is
 * not a media type is a 400 naming the header (routing would otherwise fail on it as a server error), an empty
 * {@code Accept} counts as none, and an {@code Accept} that rules out everything the method produces is a 406,
 * even where several methods share a path and are told apart by {@code Content-Type} only, so nothing is
 * written for a client that cannot read the answer.
 */
public class MediaTypeChecks {

    @ServerRequestFilter(preMatching = true)
    public void parseable(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank()) {
            parse(HttpHeaders.CONTENT_TYPE, contentType);
        }
        List<String> accepts = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accepts == null) {
            return;
        }
        List<String> ranges = new ArrayList<>();
        for (String accept : accepts) {
            for (String range : accept.split(",")) {
                if (!range.isBlank()) {
                    parse(HttpHeaders.ACCEPT, range);
                    ranges.add(range.strip());
                }
            }
        }
        // An empty Accept (or empty ranges in it) says nothing; the media type parsing of the REST layer fails on it.
        if (ranges.isEmpty()) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        } else {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", ranges));
        }
    }

    @ServerRequestFilter
    public void acceptable(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Produces produces = method.isAnnotationPresent(Produces.class)
                ? method.getAnnotation(Produces.class) : resource.getResourceClass().getAnnotation(Produces.class);
        if (produces == null) {
            return;
        }
        for (MediaType accepted : request.getAcceptableMediaTypes()) {
            if (quality(accepted) <= 0) {
                continue;
            }
            for (String value : produces.value()) {
                for (String produced : value.split(",")) {
                    if (accepted.isCompatible(MediaType.valueOf(produced.strip()))) {
                        return;
                    }
                }
            }
        }
        throw new NotAcceptableException();
    }

    private static void parse(String header, String value) {
        try {
            MediaType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(header, "not a media type such as application/json");
        }
    }

    private static double quality(MediaType type) {
        String q = type.getParameters().get("q");
        try {
            return q == null ? 1 : Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
