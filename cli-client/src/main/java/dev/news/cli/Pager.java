package dev.news.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Shows output longer than the terminal through a pager, as git and gh do: {@code $NEWS_PAGER}, else
 * {@code $PAGER}, else {@code less}; less gets {@code LESS=FRX} unless the user set LESS (quit when it all fits,
 * keep colours, leave the text on screen). A pager that cannot be started means printing as usual.
 */
final class Pager {

    private final String command;
    private final int rows;
    private final boolean lessOptionsSet;

    private Pager(String command, int rows, boolean lessOptionsSet) {
        this.command = command;
        this.rows = rows;
        this.lessOptionsSet = lessOptionsSet;
    }

    /** The pager for this run, or null: off with --no-pager, when stdout is not a terminal, or for a pager of "cat". */
    static Pager of(Environment environment, boolean noPager) {
        if (noPager || !environment.stdoutIsTerminal()) {
            return null;
        }
        String command = environment.get("NEWS_PAGER") != null ? environment.get("NEWS_PAGER")
                : environment.get("PAGER") != null ? environment.get("PAGER") : "less";
        int rows = environment.rows();
        if (rows <= 0 || "cat".equals(command)) {
            return null;
        }
        return new Pager(command, rows, environment.get("LESS") != null);
    }

    /** Prints {@code text} to {@code out} when it fits on one screen, else hands it to the pager. */
    void show(String text, PrintWriter out) {
        if (text.lines().count() < rows) {
            out.print(text);
            out.flush();
            return;
        }
        out.flush();
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (!lessOptionsSet) {
            builder.environment().put("LESS", "FRX");
        }
        Process pager;
        try {
            pager = builder.start();
        } catch (IOException e) {
            out.print(text);
            out.flush();
            return;
        }
        try (Writer in = new OutputStreamWriter(pager.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(text);
        } catch (IOException quit) {
            // The reader quit the pager before the end: nothing more to show.
        }
        // Ctrl-C in the pager is the pager's (less stops a search with it): news waits on, as git does.
        sun.misc.SignalHandler previous = ignoreInterrupts();
        try {
            pager.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (previous != null) {
                sun.misc.Signal.handle(new sun.misc.Signal("INT"), previous);
            }
        }
    }

    private static sun.misc.SignalHandler ignoreInterrupts() {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return null;
        }
    }
}
