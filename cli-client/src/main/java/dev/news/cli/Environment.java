package dev.news.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the CLI takes from the process it runs in, gathered in one place so that tests can hand in their own
 * variables, home folder, standard input and terminal state instead of changing the real ones.
 */
public record Environment(Map<String, String> variables, Path home, InputStream stdin,
                          boolean stdoutIsTerminal, boolean stderrIsTerminal) {

    private static final int DEFAULT_WIDTH = 80;
    private static final int MIN_WIDTH = 40;

    /** The environment of this process. */
    public static Environment system() {
        boolean console = System.console() != null;
        return new Environment(System.getenv(), Path.of(System.getProperty("user.home")), System.in,
                console, console || stderrIsTty());
    }

    /** An environment with no terminal, as when the output is piped: what tests mostly want. */
    public static Environment of(Map<String, String> variables, Path home) {
        return new Environment(variables, home, InputStream.nullInputStream(), false, false);
    }

    public Environment withStdin(InputStream in) {
        return new Environment(variables, home, in, stdoutIsTerminal, stderrIsTerminal);
    }

    public Environment withTerminal(boolean terminal) {
        return new Environment(variables, home, stdin, terminal, terminal);
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

    /** Columns available for text output: {@code COLUMNS} when it is a sane number, else 80. */
    public int width() {
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

    /** See https://no-color.org: any non-empty value turns colour off. */
    public boolean noColor() {
        String value = variables.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }

    // System.console() only says whether stdin and stdout are terminals; on Linux the descriptor link tells about stderr.
    private static boolean stderrIsTty() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
