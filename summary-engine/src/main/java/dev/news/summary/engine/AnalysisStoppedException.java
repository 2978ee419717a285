package dev.news.summary.engine;

/** The analysis was stopped (its thread interrupted, for instance at a deadline) before it finished; there is no result. */
public final class AnalysisStoppedException extends RuntimeException {

    public AnalysisStoppedException() {
        super("the analysis was stopped before it finished");
    }

    /** Throws when the current thread has been asked to stop; the interrupt stays set for the caller to see. */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new AnalysisStoppedException();
        }
    }
}
