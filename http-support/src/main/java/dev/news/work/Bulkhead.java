package dev.news.work;

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

/**
 * Expensive work on threads of its own: at most {@code concurrency} pieces at once (so that other requests keep their
 * workers), each waited for a free slot at most {@code wait} and stopped at {@code timeout} by interruption. A slot is
 * given back only when its work has really ended, so interrupted work that takes a moment to stop still counts. The
 * caller turns the three ways of not getting a result ({@link Full}, {@link Overran}, {@link Interrupted}) into its
 * own answers; what the work itself throws passes through unchanged.
 */
public final class Bulkhead implements AutoCloseable {

    /** No slot came free within the wait. */
    public static final class Full extends RuntimeException {
        Full() {
            super("no free slot", null, false, false);
        }
    }

    /** The work did not finish within the timeout and was interrupted. */
    public static final class Overran extends RuntimeException {
        private final Duration timeout;

        Overran(Duration timeout) {
            super("over " + timeout, null, false, false);
            this.timeout = timeout;
        }

        public Duration timeout() {
            return timeout;
        }
    }

    /** The calling thread was interrupted while waiting for a slot or for the work. */
    public static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("interrupted", null, false, false);
        }
    }

    private final Semaphore slots;
    private final ExecutorService workers;
    private final Duration wait;
    private final Duration timeout;

    public Bulkhead(String threadName, int concurrency, Duration wait, Duration timeout) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.slots = new Semaphore(concurrency, true);
        AtomicInteger count = new AtomicInteger();
        // Never more tasks than slots, so the queue stays short.
        this.workers = new ThreadPoolExecutor(concurrency, concurrency, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, threadName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.wait = wait;
        this.timeout = timeout;
    }

    public <T> T run(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new Full();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
        FutureTask<T> task = new FutureTask<>(work::get);
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
            throw new Overran(timeout);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new Interrupted();
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
