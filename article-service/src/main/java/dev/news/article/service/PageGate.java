package dev.news.article.service;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.news.article.page.UnreadablePageException;
import dev.news.problem.ProblemException;

/**
 * Where pages are read: at most {@code concurrency} at once on threads of their own (a bulkhead, so that other requests
 * keep their workers and their database connections), each stopped at its deadline. A page that overruns gets a 422
 * and its extraction is interrupted; a request that finds every slot taken until the deadline gets a 503.
 */
final class PageGate implements AutoCloseable {

    private static final int RETRY_AFTER_SECONDS = 2;

    private final Semaphore slots;
    private final ExecutorService workers;
    private final Duration timeout;

    PageGate(int concurrency, Duration timeout) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.slots = new Semaphore(concurrency, true);
        AtomicInteger count = new AtomicInteger();
        // Never more tasks than slots; a slot is given back only when its task has really ended.
        this.workers = new ThreadPoolExecutor(concurrency, concurrency, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "page-extraction-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.timeout = timeout;
    }

    <T> T run(Supplier<T> extraction) {
        try {
            if (!slots.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw ProblemException.unavailable("the service is busy reading other pages; try again shortly", RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("the request was stopped while waiting to read the page", RETRY_AFTER_SECONDS);
        }
        FutureTask<T> task = new FutureTask<>(extraction::get);
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } finally {
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new UnreadablePageException("the page could not be read within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("the request was stopped before its page was read", RETRY_AFTER_SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
