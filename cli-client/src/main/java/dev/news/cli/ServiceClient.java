package dev.news.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Talks JSON over HTTP to one service and turns its failures, problem+json included, into {@link NewsException}s. */
public final class ServiceClient {

    /** Shared by everything that reads or writes JSON; tolerant because the services are still growing fields. */
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** How long to wait for a connection; a service that does not accept within it counts as down. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private static final String JSON_TYPE = "application/json";

    private final String name;
    private final URI base;
    private final String token;
    private final Duration timeout;
    private final HttpClient http;
    private final String userAgent;

    public ServiceClient(String name, URI base, String token, Duration timeout, HttpClient http, String userAgent) {
        this.name = name;
        this.base = base;
        this.token = token;
        this.timeout = timeout;
        this.http = http;
        this.userAgent = userAgent;
    }

    /** An HTTP client for both services; one per run, since it owns a selector thread. */
    static HttpClient newHttpClient() {
        // HTTP/1.1: the default would offer every plain-HTTP request an h2c upgrade, a round trip for nothing.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** A successful answer: its status, its Location header if any, and its JSON body (missing when empty). */
    public record Reply(int status, String location, JsonNode body) {
    }

    /** GETs a JSON document; {@code subject} names what a 404 means, e.g. "article 42". */
    public JsonNode get(String path, String subject) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null, subject).body();
    }

    public Reply postJson(String path, JsonNode document, String subject) {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(write(document)), JSON_TYPE, subject);
    }

    public Reply post(String path, String body, String contentType, String subject) {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(body), contentType, subject);
    }

    public Reply delete(String path, String subject) {
        return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), null, subject);
    }

    private Reply send(String method, String path, BodyPublisher body, String contentType, String subject) {
        URI uri = URI.create(base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", JSON_TYPE + ", application/problem+json")
                .header("User-Agent", userAgent)
                // A person asking wants the article as it is now, not a copy the service trusts for a few seconds.
                .header("Cache-Control", "no-cache")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw unavailable("cannot reach " + name + " at " + base + ": no connection within "
                    + CONNECT_TIMEOUT.toSeconds() + " s", method, uri, e);
        } catch (HttpTimeoutException e) {
            throw unavailable(name + " did not answer within " + timeout.toSeconds() + " s", method, uri, e);
        } catch (IOException e) {
            if (isConnectFailure(e)) {
                throw unavailable("cannot reach " + name + " at " + base + " (connection refused)", method, uri, e);
            }
            throw new NewsException(ExitCodes.UNAVAILABLE, "talking to " + name + " at " + base + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsException(ExitCodes.ERROR, "interrupted", null, e);
        }
        return check(method, uri, response, subject);
    }

    private Reply check(String method, URI uri, HttpResponse<String> response, String subject) {
        int status = response.statusCode();
        String text = response.body();
        String details = "HTTP " + status + " from " + method + " " + uri + (text == null || text.isEmpty() ? "" : "\n" + text);
        if (status >= 200 && status < 300) {
            return new Reply(status, response.headers().firstValue("Location").orElse(null), read(text, details));
        }
        String problem = problemMessage(text);
        if (status == 404) {
            String message = subject != null ? subject + " not found" : orElse(problem, "not found: " + uri.getPath());
            throw new NewsException(ExitCodes.NOT_FOUND, message, details, null);
        }
        if (status == 401 || status == 403) {
            throw new NewsException(ExitCodes.NOT_AUTHORISED, "not authorised by " + name
                    + (problem != null ? ": " + problem : " (HTTP " + status + ")"), details, null);
        }
        if (status == 502 || status == 503 || status == 504) {
            throw new NewsException(ExitCodes.UNAVAILABLE, name + " is unavailable (HTTP " + status + ")"
                    + (problem != null ? ": " + problem : ""), details, null);
        }
        throw new NewsException(ExitCodes.ERROR, orElse(problem, name + " answered HTTP " + status), details, null);
    }

    /** The one line of a problem+json body: its detail, else its title, else null. */
    private static String problemMessage(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode problem = JSON.readTree(text);
            String detail = problem.path("detail").asText("");
            String line = !detail.isBlank() ? detail : problem.path("title").asText("");
            if (line.isBlank()) {
                return null;
            }
            StringBuilder message = new StringBuilder(line.strip());
            // Validation problems name the fields; they belong on the line, the user has to fix them.
            for (JsonNode error : problem.path("errors")) {
                message.append("; ").append(error.path("field").asText("?")).append(": ")
                        .append(error.path("message").asText(""));
            }
            return message.toString().replace('\n', ' ');
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static JsonNode read(String text, String details) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NewsException(ExitCodes.ERROR, "the service answered something that is not JSON", details, e);
        }
    }

    static String write(JsonNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isConnectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static NewsException unavailable(String message, String method, URI uri, Throwable cause) {
        return new NewsException(ExitCodes.UNAVAILABLE, message, method + " " + uri, cause);
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
