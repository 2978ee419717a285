package dev.news.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Text the user hands in: a file's content, or standard input when the name is {@code -}. */
public record TextInput(String name) {

    public static final String STDIN = "-";

    public String read(Environment environment) {
        try {
            if (STDIN.equals(name)) {
                return TextDecoder.decode(environment.stdin().readAllBytes());
            }
            return TextDecoder.decode(Files.readAllBytes(Path.of(name)));
        } catch (NoSuchFileException e) {
            throw new NewsException(ExitCodes.ERROR, "no such file: " + name, null, e);
        } catch (IOException e) {
            throw new NewsException(ExitCodes.ERROR, "cannot read " + (STDIN.equals(name) ? "standard input" : name)
                    + ": " + e.getMessage(), null, e);
        }
    }
}
