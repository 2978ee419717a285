package dev.news.summary.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.news.domain.BusyException;

class AnalysisGateTest {

    @Test
    void anOverrunningAnalysisIsInterruptedAndReportedBusy() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (AnalysisGate gate = new AnalysisGate(1, Duration.ofSeconds(30), Duration.ofMillis(50), 7)) {
            BusyException e = assertThrows(BusyException.class, () -> gate.run(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException stopped) {
                    interrupted.countDown();
                }
                return "a half result";
            }));
            assertEquals(7, e.retryAfterSeconds());
            assertTrue(e.getMessage().contains("did not finish within 50 ms"), e.getMessage());
            assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the analysis was not interrupted");
            // The slot is free again once the stopped analysis has ended.
            assertEquals("next", gate.run(() -> "next"));
        }
    }

    @Test
    void aFullGateAnswersBusyAndOthersStillPass() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (AnalysisGate gate = new AnalysisGate(1, Duration.ofMillis(10), Duration.ofSeconds(60), 5)) {
            Thread holder = new Thread(() -> gate.run(() -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "long";
            }));
            holder.start();
            assertTrue(started.await(30, TimeUnit.SECONDS));
            BusyException e = assertThrows(BusyException.class, () -> gate.run(() -> "blocked"));
            assertTrue(e.getMessage().contains("busy"), e.getMessage());
            release.countDown();
            holder.join(30_000);
            assertEquals("after", gate.run(() -> "after"));
        }
    }

    @Test
    void failuresOfTheAnalysisPassThrough() {
        try (AnalysisGate gate = new AnalysisGate(1, Duration.ofSeconds(1), Duration.ofSeconds(30), 5)) {
            assertThrows(IllegalArgumentException.class, () -> gate.run(() -> {
                throw new IllegalArgumentException("bad text");
            }));
        }
    }
}
