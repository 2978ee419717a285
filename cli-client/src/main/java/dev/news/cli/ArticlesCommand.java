package dev.news.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code news articles}: the group of commands on stored articles. */
@Command(name = "articles",
        description = "Lists, shows, adds, imports and deletes stored articles.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            ArticlesListCommand.class,
            ArticlesGetCommand.class,
            ArticlesAddCommand.class,
            ArticlesImportCommand.class,
            ArticlesDeleteCommand.class,
        })
public final class ArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code news articles} alone: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
