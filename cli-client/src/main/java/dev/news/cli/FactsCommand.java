package dev.news.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news facts ID}: who took part, where, which organisations, when and how many. */
@Command(name = "facts",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news facts 42",
            "  news facts 42 -o yaml",
            "  news facts 42 43 --no-headers | grep '^  participant'",
        },
        description = "Prints a stored article's key facts: participants and their roles, "
        + "venue, places, organisations, dates and figures.")
public final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The article's id; several are answered in turn.")
    List<Long> ids;

    @Option(names = "--no-headers", description = "Leave out the table's header line.")
    boolean noHeaders;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Session session = NewsCommand.session(spec);
        ServiceClient summaries = session.summaries();
        return PerArticle.print(session, output, ids, id -> summaries.get("/facts/" + id, "article " + id),
                new FactsView(!noHeaders));
    }
}
