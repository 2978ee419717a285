package dev.news.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news summarize [FILE]}: summarises text without storing it. */
@Command(name = "summarize", aliases = "summarise",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news summarize story.txt",
            "  news summarize story.txt --title \"Talks in Geneva\" --sentences 2",
            "  curl -s https://example.org/story.txt | news summarize --words 60",
        },
        description = "Summarises a text without storing it: a file, or standard input.")
public final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The text; - or none for standard input, e.g. from a pipe.")
    Path argument;

    @Option(names = "--file", paramLabel = "FILE", description = "The text, as the FILE argument.")
    Path file;

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
        request.put("text", TextInput.of(argument, file, spec.commandLine()).read(session.environment(), session.err()));
        LengthOptions.addTo(length, request);
        JsonNode summary = session.summaries().postJson("/summaries", request, null).body();
        session.printer(output).print(summary, new SummaryView(LengthOptions.cutByWords(length)));
        return ExitCodes.OK;
    }
}
