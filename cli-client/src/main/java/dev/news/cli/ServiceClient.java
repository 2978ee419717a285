package dev.news.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Talks JSON over HTTP to one service and turns its failures, problem+json included, into {@link NewsException}s.
 * It uses {@link HttpURLConnection}: {@code java.net.http.HttpClient} sets up TLS and a selector thread when it is
 * built, which made a one-request run of the CLI about 0.6 s slower (measured on a bare JVM: 0.69 s against 0.10 s).
 */
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
    private final String userAgent;
    private final Hints hints;

    /**
     * What to tell a user who has to fix something: where the service's URL is set ("--article-url or
     * NEWS_ARTICLE_URL") and where a token comes from.
     */
    public record Hints(String urlSetting, String tokenSetting) {
    }

    public ServiceClient(String name, URI base, String token, Duration timeout, String userAgent, Hints hints) {
        this.name = name;
        this.base = base;
        this.token = token;
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.hints = hints;
    }

    /** The service's base URL. */
    public URI base() {
        return base;
    }

    /** A successful answer: its status, its Location header if any, and its JSON body (missing when empty). */
    public record Reply(int status, String location, JsonNode body) {
    }

    /** GETs a JSON document; {@code subject} names what a 404 means, e.g. "article 42", when the service does not say. */
    public JsonNode get(String path, String subject) {
        return send("GET", path, null, null, subject).body();
    }

    public Reply postJson(String path, JsonNode document, String subject) {
        return send("POST", path, write(document).getBytes(StandardCharsets.UTF_8), JSON_TYPE, subject);
    }

    public Reply post(String path, String body, String contentType, String subject) {
        return send("POST", path, body.getBytes(StandardCharsets.UTF_8), contentType, subject);
    }

    /** POSTs bytes as they are, e.g. a web page, whose character set the service works out. */
    public Reply post(String path, byte[] body, String contentType, String subject) {
        return send("POST", path, body, contentType, subject);
    }

    public Reply delete(String path, String subject) {
        return send("DELETE", path, null, null, subject);
    }

    private Reply send(String method, String path, byte[] bytes, String contentType, String subject) {
        URI uri = URI.create(base + path);
        boolean connected = false;
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestMethod(method);
            connection.setRequestProperty("Accept", JSON_TYPE + ", application/problem+json");
            connection.setRequestProperty("User-Agent", userAgent);
            // A person asking wants the article as it is now, not a copy the service trusts for a few seconds.
            connection.setRequestProperty("Cache-Control", "no-cache");
            if (contentType != null) {
                connection.setRequestProperty("Content-Type", contentType);
            }
            if (token != null) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            if (bytes != null) {
                // Not in streaming mode: there a 401 throws before its problem document can be read.
                connection.setDoOutput(true);
            }
            connection.connect();
            connected = true;
            if (bytes != null) {
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            String text;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return check(method, uri, status, connection.getHeaderField("Location"), text, subject);
        } catch (SocketTimeoutException e) {
            if (!connected) {
                throw unavailable("cannot reach " + name + " at " + base + ": no connection within "
                        + CONNECT_TIMEOUT.toSeconds() + " s", method, uri, e);
            }
            throw unavailable(name + " did not answer within " + timeout.toSeconds() + " s", method, uri, e);
        } catch (IOException e) {
            if (isConnectFailure(e)) {
                throw unavailable("cannot reach " + name + " at " + base + " (connection refused)", method, uri, e);
            }
            throw new NewsException(ExitCodes.UNAVAILABLE, "talking to " + name + " at " + base + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    method + " " + uri, e);
        }
    }

    private Reply check(String method, URI uri, int status, String location, String text, String subject) {
        String details = "HTTP " + status + " from " + method + " " + uri + (text == null || text.isEmpty() ? "" : "\n" + text);
        if (status >= 200 && status < 300) {
            return new Reply(status, location, read(text, details));
        }
        Problem problem = Problem.read(text);
        if (status == 404) {
            if (problem != null && !problem.isUnknownPath()) {
                // The service's own "not found": it names what is missing.
                throw new NewsException(ExitCodes.NOT_FOUND, orElse(problem.message(), subject + " not found"), details, null);
            }
            throw new NewsException(ExitCodes.ERROR, base + " has no " + uri.getRawPath() + " (HTTP 404): is it " + name
                    + "? Check " + hints.urlSetting(), details, null);
        }
        if (status == 401 || status == 403) {
            String fix = token == null ? "no token was given: set " + hints.tokenSetting()
                    : status == 403 ? "writing needs a token with the editor role"
                    : "the token was refused (expired, or not issued for this service): set a new one in " + hints.tokenSetting();
            throw new NewsException(ExitCodes.NOT_AUTHORISED, "not authorised by " + name + ": "
                    + (problem != null && problem.message() != null ? problem.message() : "HTTP " + status) + "; " + fix,
                    details, null);
        }
        String message = problem == null ? null : problem.message();
        if (status == 502 || status == 503 || status == 504) {
            throw new NewsException(ExitCodes.UNAVAILABLE, name + " is unavailable (HTTP " + status + ")"
                    + (message != null ? ": " + message : ""), details, null);
        }
        throw new NewsException(ExitCodes.ERROR, orElse(message, name + " answered HTTP " + status), details, null)
                .withStatus(status);
    }

    /** An RFC 9457 problem document as the services send it, reduced to what a one-line message needs. */
    private record Problem(String title, String detail, List<String> errors) {

        /** The problem in {@code text}, or null when it is not one (an HTML page, an empty body). */
        static Problem read(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                JsonNode problem = JSON.readTree(text);
                if (!problem.isObject() || !(problem.has("title") || problem.has("detail"))) {
                    return null;
                }
                List<String> errors = new ArrayList<>();
                for (JsonNode error : problem.path("errors")) {
                    errors.add(error.path("field").asText("?") + ": " + error.path("message").asText(""));
                }
                return new Problem(problem.path("title").asText("").strip(), problem.path("detail").asText("").strip(), errors);
            } catch (JsonProcessingException e) {
                return null;
            }
        }

        /** The framework's answer for a path the service does not have, which means the URL is wrong. */
        boolean isUnknownPath() {
            return detail.startsWith("no resource at ");
        }

        /** Its detail, else its title, with the fields at fault that the detail does not already name; null if empty. */
        String message() {
            String line = !detail.isEmpty() ? detail : title;
            if (line.isEmpty()) {
                return null;
            }
            StringBuilder message = new StringBuilder(line);
            for (String error : errors) {
                if (!line.contains(error)) {
                    message.append("; ").append(error);
                }
            }
            return message.toString().replace('\n', ' ');
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
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
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
