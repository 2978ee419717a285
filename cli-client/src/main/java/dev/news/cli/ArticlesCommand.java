package dev.news.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code news articles}: the group of commands on stored articles. */
@Command(name = "articles",
        description = "Lists, shows, adds, imports and deletes stored articles; extracts the article of a web page.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles list --query \"Kerry Lavrov\"",
            "  news articles add --title \"Talks in Geneva\" story.txt",
            "  news articles add --url https://example.org/news/talks-in-geneva",
            "  news articles import articles.ndjson",
        },
        subcommands = {
            ArticlesListCommand.class,
            ArticlesGetCommand.class,
            ArticlesAddCommand.class,
            ArticlesImportCommand.class,
            ArticlesExtractCommand.class,
            ArticlesDeleteCommand.class,
        })
public final class ArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code news articles} alone: a short usage, as a usage error. */
    @Override
    public Integer call() {
        return NewsCommand.shortUsage(spec.commandLine());
    }
}
