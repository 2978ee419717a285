package dev.news.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * After a request met a dead database connection, drops the pooled connections that no longer work, so that the
 * requests after it get live ones at once. Connections are not checked as they are borrowed (a round trip each), so
 * after a database restart this is what clears the pool; idle ones are also checked in the background.
 */
@ApplicationScoped
public class PoolRecovery {

    private static final Logger LOG = Logger.getLogger(PoolRecovery.class);

    private final Instance<AgroalDataSource> dataSource;
    private final AtomicBoolean flushing = new AtomicBoolean();

    PoolRecovery(Instance<AgroalDataSource> dataSource) {
        this.dataSource = dataSource;
    }

    /** Starts one check of the idle connections, off the request's thread, unless one is under way. */
    public void connectionFailed() {
        if (!dataSource.isResolvable() || !flushing.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                dataSource.get().flush(AgroalDataSource.FlushMode.INVALID);
            } catch (RuntimeException e) {
                LOG.debugf("checking pooled connections failed: %s", e.getMessage());
            } finally {
                flushing.set(false);
            }
        });
    }
}
