package dev.news.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news help [COMMAND...]}: the help of news, or of a command at any depth ({@code news help articles add}). */
@Command(name = "help", helpCommand = true,
        description = "Prints the help of news, or of a command.",
        footerHeading = "%nExamples:%n",
        footer = {"  news help", "  news help summary", "  news help articles import"})
public final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A command, e.g. summary or articles add.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine command = spec.root().commandLine();
        for (String name : names) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                throw new ParameterException(spec.commandLine(), "no command '" + String.join(" ", names)
                        + "'; the commands: " + String.join(", ", command.getSubcommands().keySet()));
            }
            command = sub;
        }
        command.usage(spec.commandLine().getOut(), command.getColorScheme());
        return ExitCodes.OK;
    }
}
