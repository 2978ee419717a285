package dev.news.article.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.news.article.page.PageExtractor;
import dev.news.article.page.UnreadablePageException;
import dev.news.domain.BusyException;

class PageGateTests {

    @Test
    void anExtractionPastItsDeadlineIsAnsweredAtTheDeadlineAndStopped() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (PageGate gate = new PageGate(1, Duration.ofMillis(200))) {
            long start = System.nanoTime();
            UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> gate.run(() -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException interrupted) {
                    stopped.countDown();
                }
                return "never";
            }));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("the page could not be read within 200 ms", e.getMessage());
            assertTrue(millis < 1000, "answered after " + millis + " ms");
            assertTrue(stopped.await(1, TimeUnit.SECONDS), "the extraction was interrupted");
            assertEquals("read", gate.run(() -> "read"), "its slot was given back");
        }
    }

    @Test
    void aHostilePageIsStoppedSoonAfterItsDeadline() {
        PageExtractor extractor = new PageExtractor(new PageExtractor.Limits(200_000, 100, 25));
        byte[] hostile = dev.news.article.page.TestPages.hostile();
        try (PageGate gate = new PageGate(1, Duration.ofMillis(300))) {
            long start = System.nanoTime();
            assertThrows(UnreadablePageException.class, () -> gate.run(() -> extractor.extract(hostile, null, null)));
            long answered = (System.nanoTime() - start) / 1_000_000;
            assertTrue(answered < 1000, "answered after " + answered + " ms");
            // The slot comes back when the stopped extraction has really ended.
            assertEquals("read", gate.run(() -> "read"));
            long freed = (System.nanoTime() - start) / 1_000_000;
            System.out.println("hostile page: answered after " + answered + " ms, worker free after " + freed + " ms");
        }
    }

    @Test
    void whenEverySlotStaysTakenTheAnswerIs503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (PageGate gate = new PageGate(1, Duration.ofMillis(200))) {
            Thread busy = new Thread(() -> assertThrows(RuntimeException.class, () -> gate.run(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    // stopped at the deadline, holding its slot until it returns
                    try {
                        release.await();
                    } catch (InterruptedException again) {
                        Thread.currentThread().interrupt();
                    }
                }
                return "";
            })));
            busy.start();
            busy.join();
            BusyException e = assertThrows(BusyException.class, () -> gate.run(() -> "late"));
            release.countDown();
        }
    }
}
