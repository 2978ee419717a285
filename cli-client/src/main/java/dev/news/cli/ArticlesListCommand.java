package dev.news.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code news articles list}: stored articles, newest first or by relevance to a query, a page or as many as asked. */
@Command(name = "list",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles list",
            "  news articles list --query Geneva --size 50",
            "  news articles list --all --sort title,asc --no-headers",
            "  news articles list --query Syria --limit 500 -o name",
        },
        description = {
            "Lists stored articles, newest first, or by relevance with --query.",
            "One page by default; --limit N or --all fetch the pages in turn and print them as one list.",
        })
public final class ArticlesListCommand implements Callable<Integer> {

    private static final int MAX_SIZE = 100;

    @Spec
    CommandSpec spec;

    @Option(names = {"-q", "--query"}, paramLabel = "Q", description = "Full-text query.")
    String query;

    @Option(names = "--sort", paramLabel = "FIELD[,asc|desc]", completionCandidates = SortFields.class,
            description = "Order: relevance, id, title, publishedAt, createdAt or updatedAt, then ,asc or ,desc "
                    + "(default: relevance with --query, else publishedAt,desc).")
    String sort;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page, from 1 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", paramLabel = "N", defaultValue = "20",
            description = "Articles per page, at most 100 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles, from as many pages as it takes.")
    Integer limit;

    @Option(names = "--all", description = "Every article, from as many pages as it takes.")
    boolean all;

    @Option(names = "--no-headers", description = "Leave out the header line and the page line.")
    boolean noHeaders;

    @Mixin
    OutputOptions output;

    /** The values of --sort a shell offers. */
    static final class SortFields implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.List.of("relevance", "id", "title", "publishedAt", "createdAt", "updatedAt",
                    "publishedAt,asc", "title,asc", "id,asc").iterator();
        }
    }

    @Override
    public Integer call() {
        if (page < 1) {
            throw new ParameterException(spec.commandLine(), "--page must be at least 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ParameterException(spec.commandLine(), "--size must be between 1 and " + MAX_SIZE);
        }
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        if (all && limit != null) {
            throw new ParameterException(spec.commandLine(), "--all and --limit are mutually exclusive");
        }
        Session session = NewsCommand.session(spec);
        ServiceClient articles = session.articles();
        JsonNode result = limit == null && !all ? articles.get(path(page, size), null) : pages(articles);
        session.printer(output).print(result, new ArticlePageView(!noHeaders));
        return ExitCodes.OK;
    }

    /** Fetches full pages from --page on until the limit, or the last page, is reached; one list of them all. */
    private JsonNode pages(ServiceClient articles) {
        long wanted = all ? Long.MAX_VALUE : limit;
        int pageSize = all || limit > size ? MAX_SIZE : size;
        ObjectNode combined = ServiceClient.JSON.createObjectNode();
        ArrayNode items = combined.putArray("items");
        long total = 0;
        for (int number = page; items.size() < wanted; number++) {
            JsonNode answer = articles.get(path(number, pageSize), null);
            total = answer.path("totalItems").asLong(0);
            for (JsonNode item : answer.path("items")) {
                if (items.size() < wanted) {
                    items.add(item);
                }
            }
            if (answer.path("items").size() < pageSize || number >= answer.path("totalPages").asLong(0)) {
                break;
            }
        }
        combined.put("totalItems", total);
        return combined;
    }

    private String path(int number, int pageSize) {
        StringBuilder path = new StringBuilder("/articles?page=").append(number).append("&size=").append(pageSize);
        if (query != null && !query.isBlank()) {
            path.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (sort != null && !sort.isBlank()) {
            path.append("&sort=").append(URLEncoder.encode(sort.strip(), StandardCharsets.UTF_8));
        }
        return path.toString();
    }
}
