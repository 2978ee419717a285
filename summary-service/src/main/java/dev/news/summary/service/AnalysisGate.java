package dev.news.summary.service;

import java.time.Duration;
import java.util.function.Supplier;

import dev.news.domain.BusyException;
import dev.news.summary.engine.AnalysisStoppedException;
import dev.news.work.Bulkhead;

/**
 * Where fresh analyses run: at most {@code concurrency} at once (a bulkhead, so stored summaries stay fast while large
 * texts are analysed), each stopped at its deadline. A request that finds every slot taken for longer than
 * {@code wait}, or whose analysis overruns, gets a 503 with {@code Retry-After}; never part of a result.
 */
public final class AnalysisGate implements AutoCloseable {

    private final Bulkhead bulkhead;
    private final int retryAfterSeconds;

    public AnalysisGate(int concurrency, Duration wait, Duration timeout, int retryAfterSeconds) {
        this.bulkhead = new Bulkhead("summary-analysis", concurrency, wait, timeout);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The analysis' result, or a 503 when no slot frees in time or the deadline passes (the analysis is then interrupted). */
    public <T> T run(Supplier<T> analysis) {
        try {
            return bulkhead.run(analysis);
        } catch (Bulkhead.Full e) {
            throw new BusyException("the summary engine is busy with other texts; try again shortly", retryAfterSeconds);
        } catch (Bulkhead.Overran e) {
            throw new BusyException("the analysis did not finish within " + describe(e.timeout())
                    + " and was stopped: the text is too long or too unusual to analyse in time, or the service is busy",
                    retryAfterSeconds);
        } catch (Bulkhead.Interrupted e) {
            throw new BusyException("the request was stopped before its analysis finished", retryAfterSeconds);
        } catch (AnalysisStoppedException e) {
            throw new BusyException("the analysis was stopped before it finished", retryAfterSeconds);
        }
    }

    private static String describe(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @Override
    public void close() {
        bulkhead.close();
    }
}
