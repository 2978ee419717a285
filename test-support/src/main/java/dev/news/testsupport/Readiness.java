package dev.news.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits for a started service's readiness endpoint, the way the tests and the pod-start check both need it. */
public final class Readiness {

    /** How a wait ended. */
    public enum Outcome {
        /** {@code /q/health/ready} answered 200 (status UP). */
        READY,
        /** The process ended before it was ready. */
        EXITED,
        /** Neither within the time given. */
        TIMED_OUT
    }

    private Readiness() {
    }

    /** Polls {@code baseUrl/q/health/ready} every {@code every} until it answers 200, the process ends or {@code within} passes. */
    public static Outcome await(Process process, String baseUrl, Duration within, Duration every) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return Outcome.EXITED;
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Outcome.READY;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Outcome.TIMED_OUT;
    }
}
