package dev.news.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place on stderr; silent when stderr is not a terminal. The line stays
 * shorter than the terminal, because a line that wraps cannot be redrawn and would leave copies in the scrollback.
 */
public final class ProgressBar {

    private static final int MAX_BAR = 40;
    private static final int MIN_BAR = 5;
    private static final String LABEL = "importing ";

    private final PrintWriter err;
    private final int total;
    private final int columns;
    private final boolean enabled;
    private int done;
    private int drawn;

    public ProgressBar(PrintWriter err, int total, int columns, boolean enabled) {
        this.err = err;
        this.total = total;
        this.columns = columns;
        this.enabled = enabled && total > 0;
    }

    public void advance(int count) {
        done = Math.min(total, done + count);
        if (enabled) {
            String line = line();
            err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
            drawn = line.length();
            err.flush();
        }
    }

    /** The bar for the count so far, at most one column short of the terminal's width. */
    String line() {
        String counter = done + "/" + total;
        int bar = Math.min(MAX_BAR, columns - 1 - LABEL.length() - "[] ".length() - counter.length());
        if (bar < MIN_BAR) {
            String plain = LABEL + counter;
            return plain.length() < columns ? plain : counter;
        }
        int filled = (int) ((long) bar * done / total);
        return LABEL + "[" + "#".repeat(filled) + "-".repeat(bar - filled) + "] " + counter;
    }

    /** Clears the bar, so that what follows starts on a clean line. */
    public void finish() {
        if (enabled && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
            err.flush();
        }
    }
}
