package dev.news.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news articles delete ID}: removes a stored article. */
@Command(name = "delete",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles delete 42",
        },
        description = "Deletes a stored article.")
public final class ArticlesDeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id.")
    long id;

    @Override
    public Integer call() {
        Session session = NewsCommand.session(spec);
        session.articles().delete("/articles/" + id, "article " + id);
        session.terminal().println("deleted article " + id);
        session.terminal().out().flush();
        return ExitCodes.OK;
    }
}
