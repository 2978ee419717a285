package dev.news.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code news summarize --file F}: summarises text without storing it. */
@Command(name = "summarize", aliases = "summarise",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news summarize --file story.txt",
            "  pbpaste | news summarize --file - --words 60",
        },
        description = "Summarises a text without storing it: a file, or standard input with --file -.")
public final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The text (- for standard input).")
    String file;

    @Option(names = "--title", paramLabel = "TITLE", description = "A title, which helps find what the text is about.")
    String title;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    LengthOptions length;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        LengthOptions.validate(length, spec.commandLine());
        Session session = NewsCommand.session(spec);
        ObjectNode request = ServiceClient.JSON.createObjectNode();
        if (title != null) {
            request.put("title", title);
        }
        request.put("text", new TextInput(file).read(session.environment()));
        LengthOptions.addTo(length, request);
        JsonNode summary = session.summaries().postJson("/summaries", request, null).body();
        session.printer(output).print(summary, new SummaryView());
        return ExitCodes.OK;
    }
}
