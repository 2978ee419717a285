package dev.news.summary.rest;

import static io.restassured.RestAssured.given;

/** Waits until the application under test reports ready: the NLP models load in the background. */
final class EngineReady {

    private EngineReady() {
    }

    private static volatile boolean ready;

    static void await() {
        if (ready) {
            return;
        }
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (given().when().get("/q/health/ready").statusCode() == 200) {
                ready = true;
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("summary-service not ready within 180 s");
    }
}
