package dev.news.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard output for people: a width to wrap to ({@link Environment#UNLIMITED} when piped, so that each record
 * stays on one line), and ANSI styles that are no-ops when colour is off.
 */
public final class Terminal {

    private final PrintWriter out;
    private final int width;
    private final boolean colour;

    public Terminal(PrintWriter out, int width, boolean colour) {
        this.out = out;
        this.width = width;
        this.colour = colour;
    }

    /** The same terminal, printing to {@code other}. */
    public Terminal to(PrintWriter other) {
        return new Terminal(other, width, colour);
    }

    public PrintWriter out() {
        return out;
    }

    public int width() {
        return width;
    }

    public boolean colour() {
        return colour;
    }

    public String bold(String text) {
        return style("1", text);
    }

    public String dim(String text) {
        return style("2", text);
    }

    public String accent(String text) {
        return style("36", text);
    }

    private String style(String code, String text) {
        return colour && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    public void println(String line) {
        out.println(line);
    }

    public void println() {
        out.println();
    }

    /** Prints a title: wrapped, then each line bold, so that escape codes never count as width. */
    public void title(String text) {
        for (String line : wrap(text, width)) {
            out.println(bold(line));
        }
    }

    /** Prints {@code text} wrapped to the width, the first line after {@code firstIndent} and the rest after {@code indent}. */
    public void paragraph(String text, String firstIndent, String indent) {
        List<String> lines = wrap(text, width - Math.max(DisplayWidth.of(firstIndent), DisplayWidth.of(indent)));
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? firstIndent : indent) + lines.get(i));
        }
    }

    /**
     * Splits text into lines at most {@code max} columns wide at spaces, counting columns as a terminal shows them;
     * a word wider than a line (a CJK sentence has no spaces) is cut where the line is full.
     */
    public static List<String> wrap(String text, int max) {
        int limit = Math.max(10, max);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int width = DisplayWidth.of(word);
            if (used > 0 && used + 1 + width > limit) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            // Here the line is empty unless the word fits after it: a wider word fills lines of its own.
            while (width > limit) {
                int cut = Math.max(DisplayWidth.fitting(word, limit), Character.charCount(word.codePointAt(0)));
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                width = DisplayWidth.of(word);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            line.append(word);
            used += width;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} followed by spaces up to {@code columns} as a terminal counts them. */
    public static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - DisplayWidth.of(text)));
    }
}
