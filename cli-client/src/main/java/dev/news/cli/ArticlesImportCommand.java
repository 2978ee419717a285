package dev.news.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news articles import}: stores many articles from an NDJSON file or a folder of .txt files. */
@Command(name = "import", description = {
    "Stores many articles: the lines of an NDJSON file (one article JSON per line), or the .txt files of a "
        + "folder (first non-empty line the title, the rest the body).",
    "Prints how many were created, were already stored (duplicates) or were invalid.",
})
public final class ArticlesImportCommand implements Callable<Integer> {

    private static final int MAX_BATCH = 1000;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", description = "An .ndjson file or a folder of .txt files.")
    Path source;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100",
            description = "Articles sent per request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be between 1 and " + MAX_BATCH);
        }
        Session session = NewsCommand.session(spec);
        ImportSource articles = ImportSource.open(source);
        ServiceClient service = session.articles();
        ObjectNode report = ServiceClient.JSON.createObjectNode();
        report.put("created", 0).put("duplicates", 0).put("invalid", 0);
        ArrayNode results = report.putArray("results");
        ProgressBar progress = new ProgressBar(session.err(), articles.size(), session.environment().columns(),
                session.environment().stderrIsTerminal());
        try {
            articles.forEachBatch(batchSize, batch -> {
                send(service, batch, report, results);
                progress.advance(batch.size());
            });
        } finally {
            progress.finish();
        }
        session.printer(output).print(report, ArticlesImportCommand::renderText);
        return ExitCodes.OK;
    }

    /** Sends one batch as NDJSON, adds its counts and a result per entry naming where the article came from. */
    private static void send(ServiceClient service, List<ImportSource.Entry> batch, ObjectNode report,
                             ArrayNode results) {
        List<ImportSource.Entry> sent = new ArrayList<>();
        StringBuilder ndjson = new StringBuilder();
        for (ImportSource.Entry entry : batch) {
            if (entry.problem() != null) {
                results.addObject().put("source", entry.origin()).put("status", "invalid").put("reason", entry.problem());
                add(report, "invalid", 1);
            } else {
                sent.add(entry);
                ndjson.append(entry.json()).append('\n');
            }
        }
        if (sent.isEmpty()) {
            return;
        }
        JsonNode answer = service.post("/articles/import", ndjson.toString(), "application/x-ndjson", null).body();
        add(report, "created", answer.path("created").asInt(0));
        add(report, "duplicates", answer.path("duplicates").asInt(0));
        add(report, "invalid", answer.path("invalid").asInt(0));
        for (JsonNode result : answer.path("results")) {
            int line = result.path("line").asInt(0);
            ObjectNode copy = results.addObject();
            copy.put("source", line >= 1 && line <= sent.size() ? sent.get(line - 1).origin() : "line " + line);
            result.fields().forEachRemaining(field -> {
                if (!"line".equals(field.getKey())) {
                    copy.set(field.getKey(), field.getValue());
                }
            });
        }
    }

    private static void add(ObjectNode report, String counter, int count) {
        report.put(counter, report.path(counter).asInt() + count);
    }

    private static void renderText(JsonNode report, Terminal terminal) {
        int created = report.path("created").asInt();
        int duplicates = report.path("duplicates").asInt();
        int invalid = report.path("invalid").asInt();
        terminal.println(String.format("imported %d article%s: %d created, %d duplicate%s, %d invalid",
                created + duplicates + invalid, created + duplicates + invalid == 1 ? "" : "s",
                created, duplicates, duplicates == 1 ? "" : "s", invalid));
        for (JsonNode result : report.path("results")) {
            if ("invalid".equals(result.path("status").asText())) {
                terminal.paragraph(result.path("source").asText() + ": " + result.path("reason").asText("invalid"),
                        "  invalid ", "          ");
            }
        }
    }
}
