package dev.news.cli;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a web page for the services, which never fetch a URL themselves: http and https only, at most
 * {@link #MAX_REDIRECTS} redirects, a connect timeout, one deadline for the whole answer, and at most
 * {@link #MAX_BYTES}, the size article-service takes by default. Built only for {@code --url}: the JDK's HttpClient
 * costs start-up time that the calls to the services do not pay (see {@link ServiceClient}).
 */
public final class PageFetcher {

    /** article-service's default page limit ({@code news.article.page-max-bytes}): a larger page would be refused. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    // Types that are web pages; a server that names none is given the benefit of the doubt, the service judges.
    private static final List<String> PAGE_TYPES = List.of("text/html", "application/xhtml+xml");

    private final Duration timeout;
    private final String userAgent;

    /** {@code timeout}: how long the whole answer of each request (headers and page) may take. */
    public PageFetcher(Duration timeout, String userAgent) {
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    /** The page at {@code url}, with the address it was finally found at after redirects. */
    public WebPage fetch(String url) {
        URI uri = checked(url, url);
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = get(client, uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new NewsException(ExitCodes.ERROR, uri + " redirects (HTTP " + status + ") without saying where");
                }
                if (redirects == MAX_REDIRECTS) {
                    throw new NewsException(ExitCodes.ERROR, url + ": more than " + MAX_REDIRECTS + " redirects");
                }
                uri = checked(resolve(uri, location), url);
                continue;
            }
            if (status == 404 || status == 410) {
                throw new NewsException(ExitCodes.NOT_FOUND, "no page at " + uri + " (HTTP " + status + ")");
            }
            if (status >= 500) {
                throw new NewsException(ExitCodes.UNAVAILABLE, uri + " is unavailable (HTTP " + status + ")");
            }
            if (status != 200 && status != 203) {
                throw new NewsException(ExitCodes.ERROR, uri + " answered HTTP " + status + ", not a page");
            }
            String charset = response.headers().firstValue("Content-Type").map(PageFetcher::charset).orElse(null);
            return new WebPage(response.body(), charset, uri.toString());
        }
    }

    private HttpResponse<byte[]> get(HttpClient client, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html, application/xhtml+xml;q=0.9")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, info -> subscriber(uri, info));
        try {
            // The request's own timeout covers the headers only; a page that trickles in is stopped here.
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new NewsException(ExitCodes.UNAVAILABLE, uri + " did not send its page within " + timeout.toSeconds() + " s",
                    "GET " + uri, e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new NewsException(ExitCodes.ERROR, "interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    /** Takes the page's bytes, refusing a type that is not a page or a size over the limit before it is all read. */
    private static HttpResponse.BodySubscriber<byte[]> subscriber(URI uri, HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200 && info.statusCode() != 203) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        String type = info.headers().firstValue("Content-Type").orElse("");
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.isEmpty() && !PAGE_TYPES.contains(mediaType)) {
            return refusing(new NewsException(ExitCodes.ERROR, uri + " is not a web page (Content-Type " + mediaType + ")"));
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > MAX_BYTES) {
            return refusing(tooLarge(uri));
        }
        return new Limited(uri);
    }

    private static HttpResponse.BodySubscriber<byte[]> refusing(NewsException failure) {
        Limited refused = new Limited(null);
        refused.result.completeExceptionally(failure);
        return refused;
    }

    static NewsException tooLarge(Object what) {
        return new NewsException(ExitCodes.ERROR, what + " is over " + MAX_BYTES / (1024 * 1024)
                + " MiB, the largest page the service takes");
    }

    /** Collects the body, and stops reading once it passes the limit; one already failed stops at once. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final URI uri;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Limited(URI uri) {
            this.uri = uri;
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (result.isDone()) {
                subscription.cancel();
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            if (bytes.size() > MAX_BYTES) {
                subscription.cancel();
                result.completeExceptionally(tooLarge(uri));
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private NewsException failure(URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof NewsException news) {
                return news;
            }
        }
        String detail = "GET " + uri;
        if (cause instanceof HttpConnectTimeoutException) {
            return new NewsException(ExitCodes.UNAVAILABLE, "cannot reach " + uri.getHost() + ": no connection within "
                    + CONNECT_TIMEOUT.toSeconds() + " s", detail, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new NewsException(ExitCodes.UNAVAILABLE, uri + " did not answer within " + timeout.toSeconds() + " s", detail, cause);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new NewsException(ExitCodes.UNAVAILABLE, "cannot reach " + uri.getHost() + ": unknown host", detail, cause);
            }
            if (t instanceof ConnectException) {
                return new NewsException(ExitCodes.UNAVAILABLE, "cannot reach " + uri.getHost() + " (connection refused)", detail, cause);
            }
        }
        String message = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        return new NewsException(ExitCodes.UNAVAILABLE, "fetching " + uri + " failed: " + message, detail, cause);
    }

    private static String resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location)).toString();
        } catch (URISyntaxException e) {
            throw new NewsException(ExitCodes.ERROR, base + " redirects to an invalid URL: " + location);
        }
    }

    /** The URL if it is an absolute http or https one; a usage error naming the URL the user gave otherwise. */
    private static URI checked(String url, String given) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new NewsException(url.equals(given) ? ExitCodes.USAGE : ExitCodes.ERROR, "not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new NewsException(url.equals(given) ? ExitCodes.USAGE : ExitCodes.ERROR, (url.equals(given) ? ""
                    : given + " redirects to " + url + ": ") + "only http and https URLs can be fetched: " + url);
        }
        return uri;
    }

    private static String charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip().replace("\"", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
