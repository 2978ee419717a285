package dev.news.cli;

import picocli.CommandLine.Option;

/** The {@code -o} option shared by every command that prints a document. */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "json and yaml print the service's document with keys in alphabetical order (an array of them "
                    + "for several ids); name prints the article ids alone, one a line.")
    OutputFormat format;

    public OutputFormat format() {
        return format;
    }
}
