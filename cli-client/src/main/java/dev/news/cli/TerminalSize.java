package dev.news.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The size of the terminal the process runs in, as its rows and columns. */
public record TerminalSize(int rows, int columns) {

    /** What the launcher measured, as "ROWS COLUMNS", so that the JVM need not start a process to ask. */
    static final String PROPERTY = "news.terminal.size";

    /**
     * Asks the controlling terminal for its size: the launcher's measure when it ran news, else {@code stty size}
     * on {@code /dev/tty}; null when there is no terminal or it does not say.
     */
    static TerminalSize ask() {
        String given = System.getProperty(PROPERTY);
        if (given != null) {
            // Empty when the launcher found no terminal on stdout or stderr: nothing more to ask.
            return parse(given);
        }
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return null;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size")
                    .redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!stty.waitFor(1, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                stty.destroy();
                return null;
            }
            return parse(answer);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Reads "ROWS COLUMNS" as stty prints it; null for anything else, or for a size of 0 (a terminal that does not know). */
    static TerminalSize parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(rows, columns) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
