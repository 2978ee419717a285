package dev.news.summary.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.news.testsupport.FreePort;
import dev.news.testsupport.JwtKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for article-service that misbehaves on demand: {@code ok}, {@code error} (500), {@code slow}
 * (answers after 5 s), {@code down} (nothing listens), {@code refuse} (401 whatever is sent) or {@code closed} (as
 * article-service with {@code news.article.open-reads=false}: 401 unless the call carries an unexpired token signed
 * by the tests' key, {@link JwtKeys}). Driven over HTTP on its own control port ({@code POST /mode/NAME},
 * {@code GET /calls}, {@code GET /token}: the claims of the last token it accepted) so the test and the app need not
 * share classes.
 */
public class StubArticleService implements QuarkusTestResourceLifecycleManager {

    private static final String ARTICLE = """
            {"id": %d, "title": "Bridge reopens in Dresden", "contentHash": "stub-hash-1",
             "publishedAt": "2020-05-04T10:00:00Z",
             "body": "The Augustus bridge in Dresden reopened to traffic on Monday after two years of repairs. The city said the work cost 25 million euros. Mayor Dirk Hilbert opened the bridge."}""";

    private final AtomicInteger calls = new AtomicInteger();
    private volatile String acceptedClaims = "";
    private volatile String mode = "ok";
    private int articlePort;
    private HttpServer articles;
    private HttpServer control;

    @Override
    public Map<String, String> start() {
        articlePort = FreePort.find();
        startArticles();
        try {
            control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        control.createContext("/mode/", exchange -> {
            setMode(exchange.getRequestURI().getPath().substring("/mode/".length()));
            send(exchange, 204, "");
        });
        control.createContext("/calls", exchange -> send(exchange, 200, Integer.toString(calls.get())));
        control.createContext("/token", exchange -> send(exchange, 200, acceptedClaims));
        control.start();
        return Map.of(
                "quarkus.rest-client.article-service.url", "http://127.0.0.1:" + articlePort,
                "news.test.stub-control.url", "http://127.0.0.1:" + control.getAddress().getPort());
    }

    private synchronized void setMode(String next) {
        if (next.equals("down") && articles != null) {
            articles.stop(0);
            articles = null;
        } else if (!next.equals("down") && articles == null) {
            startArticles();
        }
        mode = next;
    }

    private void startArticles() {
        try {
            articles = HttpServer.create(new InetSocketAddress("127.0.0.1", articlePort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        articles.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        articles.createContext("/articles/", this::article);
        articles.start();
    }

    private void article(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        switch (mode) {
            case "error" -> send(exchange, 500, "{\"status\": 500}");
            // As article-service with news.article.open-reads=false answers a call without a token.
            case "refuse" -> send(exchange, 401, "{\"status\": 401}");
            case "closed" -> {
                String claims = verified(exchange.getRequestHeaders().getFirst("Authorization"));
                if (claims == null) {
                    send(exchange, 401, "{\"status\": 401}");
                } else {
                    acceptedClaims = claims;
                    send(exchange, 200, ARTICLE.formatted(id(exchange)));
                }
            }
            case "slow" -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, ARTICLE.formatted(id(exchange)));
            }
            default -> {
                long id = id(exchange);
                if (id == 404) {
                    send(exchange, 404, "{\"status\": 404}");
                } else {
                    send(exchange, 200, ARTICLE.formatted(id));
                }
            }
        }
    }

    /** The claims of a bearer token signed by the tests' key and not expired, or null. */
    private static String verified(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        return JwtKeys.shared().verifiedClaims(authorization.substring("Bearer ".length())).orElse(null);
    }

    private static long id(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up (timeout): nothing to tell
        }
    }

    @Override
    public void stop() {
        if (articles != null) {
            articles.stop(0);
        }
        if (control != null) {
            control.stop(0);
        }
    }
}
