package dev.news.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code news version}: the same as {@code news --version}, for those who type it as a word. */
@Command(name = "version",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news version",
        },
        description = "Prints the version of news and of the Java running it.")
public final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : new VersionProvider().getVersion()) {
            spec.commandLine().getOut().println(line);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
