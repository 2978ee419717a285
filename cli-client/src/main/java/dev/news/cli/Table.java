package dev.news.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose last column wraps to what the terminal width leaves, and does not wrap when piped;
 * columns are as wide as a terminal shows their cells.
 */
public final class Table {

    private static final String GAP = "  ";

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = headers;
    }

    public Table row(String... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            row[i] = i < cells.length && cells[i] != null ? cells[i].replaceAll("\\s+", " ").strip() : "";
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether a row's first cell is {@code text}. */
    public boolean hasRowStartingWith(String text) {
        return rows.stream().anyMatch(row -> row[0].equals(text));
    }

    public void print(Terminal terminal, String indent) {
        print(terminal, indent, true);
    }

    /** Prints the rows, after the header line when {@code withHeaders}; a column with nothing in it is left out. */
    public void print(Terminal terminal, String indent, boolean withHeaders) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            int column = i;
            if (rows.stream().anyMatch(row -> !row[column].isEmpty())) {
                kept.add(i);
            }
        }
        if (kept.isEmpty() || kept.size() == headers.length) {
            printColumns(terminal, indent, withHeaders);
            return;
        }
        Table shown = new Table(kept.stream().map(i -> headers[i]).toArray(String[]::new));
        for (String[] row : rows) {
            shown.rows.add(kept.stream().map(i -> row[i]).toArray(String[]::new));
        }
        shown.printColumns(terminal, indent, withHeaders);
    }

    private void printColumns(Terminal terminal, String indent, boolean withHeaders) {
        int last = headers.length - 1;
        int[] widths = new int[headers.length];
        for (int i = 0; i < last; i++) {
            widths[i] = DisplayWidth.of(headers[i]);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        int used = indent.length();
        for (int i = 0; i < last; i++) {
            used += widths[i] + GAP.length();
        }
        int lastWidth = terminal.width() == Environment.UNLIMITED ? Environment.UNLIMITED : Math.max(10, terminal.width() - used);
        if (withHeaders) {
            terminal.println(indent + terminal.dim(line(headers, widths, headers[last])));
        }
        String continuation = " ".repeat(used - indent.length());
        for (String[] row : rows) {
            List<String> wrapped = Terminal.wrap(row[last], lastWidth);
            terminal.println(indent + line(row, widths, wrapped.get(0)).stripTrailing());
            for (String more : wrapped.subList(1, wrapped.size())) {
                terminal.println(indent + continuation + more);
            }
        }
    }

    private static String line(String[] cells, int[] widths, String lastCell) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length - 1; i++) {
            line.append(Terminal.pad(cells[i], widths[i])).append(GAP);
        }
        return line.append(lastCell).toString();
    }
}
