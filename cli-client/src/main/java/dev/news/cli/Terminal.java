package dev.news.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Standard output for people: a width to wrap to, and ANSI styles that are no-ops when colour is off. */
public final class Terminal {

    private final PrintWriter out;
    private final int width;
    private final boolean colour;

    public Terminal(PrintWriter out, int width, boolean colour) {
        this.out = out;
        this.width = width;
        this.colour = colour;
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
        List<String> lines = wrap(text, width - Math.max(firstIndent.length(), indent.length()));
        for (int i = 0; i < lines.size(); i++) {
            out.println((i == 0 ? firstIndent : indent) + lines.get(i));
        }
    }

    /** Splits text into lines of at most {@code max} characters at spaces; a longer word gets a line of its own. */
    public static List<String> wrap(String text, int max) {
        int limit = Math.max(10, max);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
