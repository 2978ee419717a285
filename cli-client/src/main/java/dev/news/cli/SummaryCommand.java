package dev.news.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news summary ID...}: stored articles' summaries and key facts. */
@Command(name = "summary",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news summary 42",
            "  news summary 42 --sentences 2",
            "  news summary 42 43 44 -o json",
        },
        description = "Prints a stored article's title, summary sentences and key facts.")
public final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The article's id; several are answered in turn.")
    List<Long> ids;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    LengthOptions length;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        LengthOptions.validate(length, spec.commandLine());
        Session session = NewsCommand.session(spec);
        ServiceClient summaries = session.summaries();
        return PerArticle.print(session, output, ids,
                id -> summaries.get("/summaries/" + id + LengthOptions.query(length), "article " + id),
                new SummaryView(LengthOptions.cutByWords(length)));
    }
}
