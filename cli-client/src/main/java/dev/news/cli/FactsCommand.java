package dev.news.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news facts ID}: who took part, where, which organisations, when and how many. */
@Command(name = "facts",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news facts 42",
            "  news facts 42 -o yaml",
        },
        description = "Prints a stored article's key facts: participants and their roles, "
        + "venue, places, organisations, dates and figures.")
public final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id.")
    long id;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Session session = NewsCommand.session(spec);
        JsonNode facts = session.summaries().get("/facts/" + id, "article " + id);
        session.printer(output).print(facts, new FactsView());
        return ExitCodes.OK;
    }
}
