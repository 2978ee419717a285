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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news summarize [FILE]}: summarises text, or the article of a web page, without storing it. */
@Command(name = "summarize", aliases = "summarise",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news summarize story.txt",
            "  news summarize story.txt --title \"Talks in Geneva\" --sentences 2",
            "  curl -s https://example.org/story.txt | news summarize --words 60",
            "  news summarize --url https://example.org/news/talks-in-geneva --sentences 2",
            "  news summarize --html saved-page.html",
        },
        description = {
    "Summarises a text without storing it: a file, or standard input.",
    "With --html or --url, a web page instead: article-service extracts its article (which needs a token, as "
        + "adding does), then its title and body are summarised; nothing is stored.",
})
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
    PageOptions page;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        LengthOptions.validate(length, spec.commandLine());
        page.validate(spec.commandLine());
        if (page.given() && (argument != null || file != null)) {
            throw new ParameterException(spec.commandLine(), "give the text as FILE or a page with --html or --url, not both");
        }
        if (!page.given() && page.sourceUrl() != null) {
            throw new ParameterException(spec.commandLine(), "--source-url goes with --html");
        }
        Session session = NewsCommand.session(spec);
        ObjectNode request = ServiceClient.JSON.createObjectNode();
        String headline = title;
        if (page.given()) {
            WebPage read = page.read(session);
            JsonNode extracted = session.articles()
                    .post(read.pathWithSource("/articles/extract"), read.bytes(), read.contentType(), null).body();
            String extractedTitle = extracted.path("title").asText("");
            if (headline == null && !extractedTitle.isBlank()) {
                headline = extractedTitle;
            }
            request.put("text", extracted.path("body").asText(""));
        } else {
            request.put("text", TextInput.of(argument, file, spec.commandLine()).read(session.environment(), session.err()));
        }
        if (headline != null) {
            request.put("title", headline);
        }
        LengthOptions.addTo(length, request);
        JsonNode summary = session.summaries().postJson("/summaries", request, null).body();
        session.printer(output).print(summary, new SummaryView(LengthOptions.cutByWords(length)));
        return ExitCodes.OK;
    }
}
