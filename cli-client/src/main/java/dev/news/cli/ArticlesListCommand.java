package dev.news.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code news articles list}: a page of stored articles, newest first or by relevance to a query. */
@Command(name = "list",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles list",
            "  news articles list --query Geneva --size 50",
        },
        description = "Lists stored articles, newest first, or by relevance with --query.")
public final class ArticlesListCommand implements Callable<Integer> {

    private static final int MAX_SIZE = 100;

    @Spec
    CommandSpec spec;

    @Option(names = {"-q", "--query"}, paramLabel = "Q", description = "Full-text query.")
    String query;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page, from 1 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "20",
            description = "Articles per page, at most 100 (default: ${DEFAULT-VALUE}).")
    int size;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (page < 1) {
            throw new ParameterException(spec.commandLine(), "--page must be at least 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ParameterException(spec.commandLine(), "--size must be between 1 and " + MAX_SIZE);
        }
        StringBuilder path = new StringBuilder("/articles?page=").append(page).append("&size=").append(size);
        if (query != null && !query.isBlank()) {
            path.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        Session session = NewsCommand.session(spec);
        JsonNode result = session.articles().get(path.toString(), null);
        session.printer(output).print(result, new ArticlePageView());
        return ExitCodes.OK;
    }
}
