package dev.news.summary.service;

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

import dev.news.problem.ProblemException;
import dev.news.summary.engine.AnalysisStoppedException;

/**
 * Where fresh analyses run: at most {@code concurrency} at once (a bulkhead, so stored summaries stay fast while large
 * texts are analysed), each stopped at its deadline. A request that finds every slot taken for longer than
 * {@code wait}, or whose analysis overruns, gets a 503 with {@code Retry-After}; never part of a result.
 */
public final class AnalysisGate implements AutoCloseable {

    private final Semaphore slots;
    private final ExecutorService workers;
    private final Duration wait;
    private final Duration timeout;
    private final int retryAfterSeconds;

    public AnalysisGate(int concurrency, Duration wait, Duration timeout, int retryAfterSeconds) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.slots = new Semaphore(concurrency, true);
        AtomicInteger count = new AtomicInteger();
        // Never more tasks than slots, so the queue stays short; a slot is given back only when its task has ended.
        this.workers = new ThreadPoolExecutor(concurrency, concurrency, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "summary-analysis-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.wait = wait;
        this.timeout = timeout;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The analysis' result, or a 503 when no slot frees in time or the deadline passes (the analysis is then interrupted). */
    public <T> T run(Supplier<T> analysis) {
        try {
            if (!slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw ProblemException.unavailable("the summary engine is busy with other texts; try again shortly", retryAfterSeconds);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("the request was stopped while waiting for the summary engine", retryAfterSeconds);
        }
        FutureTask<T> task = new FutureTask<>(analysis::get);
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
            throw ProblemException.unavailable("the analysis did not finish within " + describe(timeout)
                    + " and was stopped: the text is too long or too unusual to analyse in time, or the service is busy",
                    retryAfterSeconds);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("the request was stopped before its analysis finished", retryAfterSeconds);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AnalysisStoppedException) {
                throw ProblemException.unavailable("the analysis was stopped before it finished", retryAfterSeconds);
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String describe(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
