package dev.news.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A stand-in for a service: answers canned documents on 127.0.0.1 and remembers what it was asked. */
final class StubServer implements AutoCloseable {

    record Request(String method, String path, String query, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    record Response(int status, String contentType, String body, Map<String, String> headers) {
        static Response json(int status, String body) {
            return new Response(status, status >= 400 ? "application/problem+json" : "application/json", body, Map.of());
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Request, Response>> routes = new HashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private StubServer(HttpServer server) {
        this.server = server;
    }

    static StubServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubServer stub = new StubServer(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code method path} with {@code status} and the test resource {@code resource} (null: no body). */
    StubServer on(String method, String path, int status, String resource) {
        String body = resource == null ? "" : resource(resource);
        return on(method, path, request -> Response.json(status, body));
    }

    StubServer on(String method, String path, Function<Request, Response> handler) {
        routes.put(method + " " + path, handler);
        return this;
    }

    List<Request> requests() {
        return requests;
    }

    static String resource(String name) {
        try (InputStream in = StubServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), headers, body);
        requests.add(request);
        Function<Request, Response> route = routes.get(request.method() + " " + request.path());
        Response response = route != null ? route.apply(request)
                : Response.json(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"no resource at "
                        + request.path() + "\"}");
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
