package dev.news.cli;

import java.io.PrintWriter;

/** A one-line progress bar redrawn in place on stderr; silent when stderr is not a terminal. */
public final class ProgressBar {

    private static final int MAX_BAR = 40;

    private final PrintWriter err;
    private final int total;
    private final int barWidth;
    private final boolean enabled;
    private int done;

    public ProgressBar(PrintWriter err, int total, int width, boolean enabled) {
        this.err = err;
        this.total = total;
        this.barWidth = Math.max(10, Math.min(MAX_BAR, width - 30));
        this.enabled = enabled && total > 0;
    }

    public void advance(int count) {
        done = Math.min(total, done + count);
        if (enabled) {
            int filled = (int) ((long) barWidth * done / total);
            err.print("\rimporting [" + "#".repeat(filled) + "-".repeat(barWidth - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }

    /** Clears the bar, so that what follows starts on a clean line. */
    public void finish() {
        if (enabled) {
            err.print("\r" + " ".repeat(barWidth + 32 + String.valueOf(total).length() * 2) + "\r");
            err.flush();
        }
    }
}
