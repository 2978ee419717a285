package dev.news.article.service;

import java.time.Duration;
import java.util.function.Supplier;

import dev.news.article.page.UnreadablePageException;
import dev.news.domain.BusyException;
import dev.news.work.Bulkhead;

/**
 * Where pages are read: at most {@code concurrency} at once on threads of their own (a bulkhead, so that other requests
 * keep their workers and their database connections), each stopped at its deadline. A page that overruns gets a 422
 * and its extraction is interrupted; a request that finds every slot taken until the deadline gets a 503.
 */
final class PageGate implements AutoCloseable {

    private static final int RETRY_AFTER_SECONDS = 2;

    private final Bulkhead bulkhead;

    PageGate(int concurrency, Duration timeout) {
        this.bulkhead = new Bulkhead("page-extraction", concurrency, timeout, timeout);
    }

    <T> T run(Supplier<T> extraction) {
        try {
            return bulkhead.run(extraction);
        } catch (Bulkhead.Full e) {
            throw new BusyException("the service is busy reading other pages; try again shortly", RETRY_AFTER_SECONDS);
        } catch (Bulkhead.Overran e) {
            throw new UnreadablePageException("the page could not be read within " + e.timeout().toMillis() + " ms");
        } catch (Bulkhead.Interrupted e) {
            throw new BusyException("the request was stopped before its page was read", RETRY_AFTER_SECONDS);
        }
    }

    @Override
    public void close() {
        bulkhead.close();
    }
}
