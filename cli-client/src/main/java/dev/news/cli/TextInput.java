package dev.news.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Text the user hands in: a file's content, or standard input when the name is {@code -} or none is given. */
public record TextInput(String name) {

    public static final String STDIN = "-";

    /** The text named by a FILE argument or a --file option, at most one of them; standard input when neither. */
    static TextInput of(Path argument, Path option, CommandLine commandLine) {
        if (argument != null && option != null) {
            throw new ParameterException(commandLine, "give the text as FILE or with --file FILE, not both");
        }
        Path file = argument != null ? argument : option;
        return new TextInput(file == null ? STDIN : file.toString());
    }

    /** Reads the text; on a terminal, first says that standard input is being read, which would otherwise look like a hang. */
    public String read(Environment environment, PrintWriter err) {
        String text;
        try {
            if (STDIN.equals(name)) {
                if (environment.stdinIsTerminal()) {
                    err.println("reading from standard input (Ctrl-D to end)");
                    err.flush();
                }
                text = TextDecoder.decode(environment.stdin().readAllBytes());
            } else {
                text = TextDecoder.decode(Files.readAllBytes(Path.of(name)));
            }
        } catch (NoSuchFileException e) {
            throw new NewsException(ExitCodes.ERROR, "no such file: " + name, null, e);
        } catch (IOException e) {
            throw new NewsException(ExitCodes.ERROR, "cannot read " + describe() + ": " + e.getMessage(), null, e);
        }
        if (text.isBlank()) {
            throw new NewsException(ExitCodes.USAGE, "no text: " + describe() + " is empty");
        }
        return text;
    }

    private String describe() {
        return STDIN.equals(name) ? "standard input" : name;
    }
}
