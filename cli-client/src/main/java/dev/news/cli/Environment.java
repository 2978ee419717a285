package dev.news.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the CLI takes from the process it runs in, gathered in one place so that tests can hand in their own
 * variables, home folder, standard input and terminal instead of changing the real ones.
 *
 * @param terminalSize the size of the terminal, asked only when something needs it; null inside when unknown
 */
public record Environment(Map<String, String> variables, Path home, InputStream stdin,
                          boolean stdinIsTerminal, boolean stdoutIsTerminal, boolean stderrIsTerminal,
                          Supplier<TerminalSize> terminalSize) {

    /** The width of output that is not wrapped: a pipe or a file gets one record per line. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final int DEFAULT_WIDTH = 80;
    private static final int MIN_WIDTH = 20;

    /** The environment of this process. */
    public static Environment system() {
        boolean console = System.console() != null;
        Boolean stdin = isTty(0);
        Boolean stdout = isTty(1);
        Boolean stderr = isTty(2);
        return new Environment(System.getenv(), Path.of(System.getProperty("user.home")), System.in,
                stdin != null ? stdin : console, stdout != null ? stdout : console, stderr != null ? stderr : console,
                once(TerminalSize::ask));
    }

    /** An environment with no terminal, as when the output is piped: what tests mostly want. */
    public static Environment of(Map<String, String> variables, Path home) {
        return new Environment(variables, home, InputStream.nullInputStream(), false, false, false, () -> null);
    }

    public Environment withStdin(InputStream in) {
        return new Environment(variables, home, in, stdinIsTerminal, stdoutIsTerminal, stderrIsTerminal, terminalSize);
    }

    /** The same environment with standard input, output and error all a terminal, or none of them. */
    public Environment withTerminal(boolean terminal) {
        return new Environment(variables, home, stdin, terminal, terminal, terminal, terminalSize);
    }

    /** The same environment in a terminal of the given size. */
    public Environment withTerminalSize(int columns, int rows) {
        TerminalSize size = new TerminalSize(rows, columns);
        return new Environment(variables, home, stdin, stdinIsTerminal, stdoutIsTerminal, stderrIsTerminal, () -> size);
    }

    /** The variable's value, or null when it is unset or blank. */
    public String get(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** {@code $XDG_CONFIG_HOME/news/config.properties}, by default under {@code ~/.config}. */
    public Path configFile() {
        String xdg = get("XDG_CONFIG_HOME");
        Path base = xdg != null ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("news").resolve("config.properties");
    }

    /**
     * Columns of the terminal: its own answer, else {@code COLUMNS} (which shells set but seldom export), else 80.
     */
    public int columns() {
        TerminalSize size = terminalSize.get();
        if (size != null) {
            return Math.max(MIN_WIDTH, size.columns());
        }
        String columns = get("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(MIN_WIDTH, Integer.parseInt(columns));
            } catch (NumberFormatException ignored) {
                // an odd COLUMNS value is not worth failing for
            }
        }
        return DEFAULT_WIDTH;
    }

    /** Rows of the terminal, or 0 when it does not say. */
    public int rows() {
        TerminalSize size = terminalSize.get();
        return size != null ? size.rows() : 0;
    }

    /** The width to wrap standard output to: the terminal's, or {@link #UNLIMITED} when it is piped. */
    public int outputWidth() {
        return stdoutIsTerminal ? columns() : UNLIMITED;
    }

    /**
     * Whether standard output may be coloured: only on a terminal that is not {@code TERM=dumb}, and not when
     * {@code NO_COLOR} is set (https://no-color.org: any non-empty value).
     */
    public boolean colour() {
        String noColor = variables.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(get("TERM"));
    }

    // On Linux the descriptor's link names the terminal; elsewhere the caller falls back to System.console().
    private static Boolean isTty(int descriptor) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return null;
        }
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private boolean asked;
            private T value;

            @Override
            public synchronized T get() {
                if (!asked) {
                    value = supplier.get();
                    asked = true;
                }
                return value;
            }
        };
    }
}
