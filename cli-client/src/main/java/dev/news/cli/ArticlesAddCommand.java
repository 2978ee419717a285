package dev.news.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news articles add}: stores one article, from its text (a file or standard input) or from its web page. */
@Command(name = "add",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles add --title \"Talks in Geneva\" story.txt",
            "  curl -s https://example.org/story.txt | news articles add --title \"Talks\" --source Example",
            "  news articles add --url https://example.org/news/talks-in-geneva",
            "  news articles add --html saved-page.html --source-url https://example.org/news/talks",
        },
        description = {
    "Stores an article; its body is read from FILE or, with - or none, from standard input.",
    "With --html or --url it is a web page instead, whose article (title, authors, times, language...) "
        + "article-service extracts; the text options do not apply then.",
    "Adding the same content again answers with the article already stored.",
})
public final class ArticlesAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--title", paramLabel = "TITLE", description = "The article's title; needed unless a page is given.")
    String title;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The body; - or none for standard input, e.g. from a pipe.")
    Path argument;

    @Option(names = "--file", paramLabel = "FILE", description = "The body, as the FILE argument.")
    Path file;

    @Option(names = "--source", paramLabel = "NAME", description = "Name of the source, e.g. a newspaper.")
    String source;

    @Option(names = "--author", paramLabel = "NAME", description = "An author; repeat for several.")
    List<String> authors = new ArrayList<>();

    @Option(names = "--published", paramLabel = "WHEN", converter = PublishedConverter.class,
            description = "Publication time, e.g. 2016-09-09T10:00:00Z or 2016-09-09.")
    Instant published;

    @Option(names = "--language", paramLabel = "CODE", description = "Language code, e.g. en.")
    String language;

    @Mixin
    PageOptions page;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        page.validate(spec.commandLine());
        if (page.given()) {
            return addPage();
        }
        if (title == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--title=TITLE' (or give a page with --html or --url)");
        }
        TextInput input = TextInput.of(argument, file, spec.commandLine());
        Session session = NewsCommand.session(spec);
        ObjectNode article = ServiceClient.JSON.createObjectNode();
        article.put("title", title);
        article.put("body", input.read(session.environment(), session.err()));
        putIfPresent(article, "sourceName", source);
        putIfPresent(article, "sourceUrl", page.sourceUrl());
        if (!authors.isEmpty()) {
            authors.forEach(article.putArray("authors")::add);
        }
        if (published != null) {
            article.put("publishedAt", published.toString());
        }
        putIfPresent(article, "language", language);
        print(session, session.articles().postJson("/articles", article, null));
        return ExitCodes.OK;
    }

    private int addPage() {
        List<String> textOptions = new ArrayList<>();
        addIf(textOptions, title != null, "--title");
        addIf(textOptions, argument != null || file != null, "FILE");
        addIf(textOptions, source != null, "--source");
        addIf(textOptions, !authors.isEmpty(), "--author");
        addIf(textOptions, published != null, "--published");
        addIf(textOptions, language != null, "--language");
        if (!textOptions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join(", ", textOptions)
                    + " cannot go with a page: its title and metadata are read from the page"
                    + (page.url != null ? " (a text article's address is given with --source-url)" : ""));
        }
        Session session = NewsCommand.session(spec);
        WebPage read = page.read(session);
        print(session, session.articles().post(read.pathWithSource("/articles"), read.bytes(), read.contentType(), null));
        return ExitCodes.OK;
    }

    private void print(Session session, ServiceClient.Reply reply) {
        boolean existed = reply.status() == 200;
        session.printer(output).print(reply.body(), (stored, terminal) -> terminal.println(
                (existed ? "article " + stored.path("id").asText() + " was already stored: "
                        : "created article " + stored.path("id").asText() + ": ")
                        + stored.path("title").asText(title)));
    }

    private static void addIf(List<String> names, boolean given, String name) {
        if (given) {
            names.add(name);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
