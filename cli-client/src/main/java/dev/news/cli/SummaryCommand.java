package dev.news.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news summary ID}: a stored article's summary and key facts. */
@Command(name = "summary",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news summary 42",
            "  news summary 42 --sentences 2",
            "  news summary 42 -o json",
        },
        description = "Prints a stored article's title, summary sentences and key facts.")
public final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id.")
    long id;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    LengthOptions length;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        LengthOptions.validate(length, spec.commandLine());
        Session session = NewsCommand.session(spec);
        JsonNode summary = session.summaries().get("/summaries/" + id + LengthOptions.query(length), "article " + id);
        session.printer(output).print(summary, new SummaryView(LengthOptions.cutByWords(length)));
        return ExitCodes.OK;
    }
}
