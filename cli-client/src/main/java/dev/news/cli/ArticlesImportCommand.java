package dev.news.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

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

/** {@code news articles import}: stores many articles from NDJSON (a file or standard input) or a folder of .txt and .html files. */
@Command(name = "import",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles import articles.ndjson",
            "  news articles import stories/",
            "  gunzip -c dump.ndjson.gz | news articles import -",
        },
        description = {
    "Stores many articles: the lines of an NDJSON file or of standard input (-), one article JSON per line, or the "
        + ".txt files of a folder (first non-empty line the title, the rest the body) and its .html and .htm files, "
        + "each sent as a web page whose article article-service extracts.",
    "Prints how many were created (and their ids), were already stored (duplicates) or were invalid; the invalid "
        + "ones are listed on stderr. Exits 6 when some were invalid and 1 when none could be stored.",
})
public final class ArticlesImportCommand implements Callable<Integer> {

    private static final int MAX_BATCH = 1000;
    /** Invalid entries listed on stderr; -o json lists them all. */
    static final int MAX_LISTED = 10;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", description = "An .ndjson file, - for NDJSON on standard input, or a folder of .txt and .html files.")
    String source;

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
        ImportSource articles = ImportSource.open(source, session.environment());
        ServiceClient service = session.articles();
        ObjectNode report = ServiceClient.JSON.createObjectNode();
        report.put("created", 0).put("duplicates", 0).put("invalid", 0);
        ArrayNode results = report.putArray("results");
        boolean onTerminal = session.environment().stderrIsTerminal();
        ProgressBar progress = new ProgressBar(session.err(), articles.size(),
                onTerminal ? session.environment().columns() : 0, onTerminal);
        AtomicInteger stored = new AtomicInteger();
        Thread interrupted = new Thread(() -> {
            // Ctrl-C: the bar (and the ^C the terminal echoed) stay on their line; say where the import stopped.
            session.err().println((onTerminal ? "\n" : "") + "news: interrupted: " + resume(stored.get(), articles.size()));
            session.err().flush();
        });
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            articles.forEachBatch(batchSize, batch -> {
                send(service, batch, report, results);
                stored.set(report.path("created").asInt() + report.path("duplicates").asInt());
                progress.advance(batch.size());
            });
        } catch (NewsException failed) {
            progress.finish();
            if (stored.get() == 0) {
                throw failed;
            }
            throw new NewsException(failed.exitCode(), failed.getMessage() + "; " + resume(stored.get(), articles.size()),
                    failed.details(), failed.getCause());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C came while the last batch was answered: the hook says what was stored.
            }
        }
        progress.finish();
        session.printer(output).print(report, ArticlesImportCommand::renderText);
        return verdict(report, output.format(), session.err());
    }

    private static String resume(int stored, int total) {
        return "stored " + stored + " of " + total + "; re-run to resume (duplicates are skipped)";
    }

    /** 0 when every entry was stored, 6 when some were invalid, 1 when none could be stored; the invalid on stderr. */
    private static int verdict(JsonNode report, OutputFormat format, PrintWriter err) {
        int invalid = report.path("invalid").asInt();
        if (invalid == 0) {
            return ExitCodes.OK;
        }
        int total = report.path("created").asInt() + report.path("duplicates").asInt() + invalid;
        if (format == OutputFormat.text) {
            int listed = 0;
            for (JsonNode result : report.path("results")) {
                if ("invalid".equals(result.path("status").asText()) && listed++ < MAX_LISTED) {
                    err.println("invalid " + result.path("source").asText() + ": "
                            + result.path("reason").asText("invalid").replace('\n', ' '));
                }
            }
            if (invalid > MAX_LISTED) {
                err.println("... and " + (invalid - MAX_LISTED) + " more invalid (-o json lists them all)");
            }
        }
        boolean none = invalid == total;
        err.println("news: " + (none ? "nothing imported: all " + total + " articles are invalid"
                : invalid + " of " + total + " articles are invalid; the others were stored"));
        err.flush();
        return none ? ExitCodes.ERROR : ExitCodes.PARTLY;
    }

    /** Sends one batch as NDJSON, adds its counts and a result per entry naming where the article came from. */
    private static void send(ServiceClient service, List<ImportSource.Entry> batch, ObjectNode report,
                             ArrayNode results) {
        List<ImportSource.Entry> sent = new ArrayList<>();
        StringBuilder ndjson = new StringBuilder();
        for (ImportSource.Entry entry : batch) {
            if (entry.page() != null) {
                sendPage(service, entry, report, results);
            } else if (entry.problem() != null) {
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

    /** Posts one page on its own, as the import endpoint takes JSON only; a page the service refuses is invalid. */
    private static void sendPage(ServiceClient service, ImportSource.Entry entry, ObjectNode report, ArrayNode results) {
        ObjectNode result = ServiceClient.JSON.createObjectNode().put("source", entry.origin());
        try {
            byte[] page = readPage(entry.page());
            ServiceClient.Reply reply = service.post("/articles", page, "text/html", null);
            String status = reply.status() == 200 ? "duplicate" : "created";
            result.put("status", status).set("id", reply.body().path("id"));
            add(report, status.equals("created") ? "created" : "duplicates", 1);
        } catch (InvalidPage | NewsException refused) {
            if (refused instanceof NewsException failure && !PAGE_REFUSALS.contains(failure.status())) {
                throw failure;
            }
            result.put("status", "invalid").put("reason", refused.getMessage());
            add(report, "invalid", 1);
        }
        results.add(result);
    }

    /** What article-service answers about a page itself (bad, too large, no article), as opposed to a failure. */
    private static final Set<Integer> PAGE_REFUSALS = Set.of(400, 413, 422);

    /** A page file that cannot be sent: empty, over the limit, unreadable. */
    private static final class InvalidPage extends Exception {
        InvalidPage(String reason) {
            super(reason);
        }
    }

    private static byte[] readPage(Path file) throws InvalidPage {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] page = in.readNBytes(PageFetcher.MAX_BYTES + 1);
            if (page.length > PageFetcher.MAX_BYTES) {
                throw new InvalidPage(PageFetcher.tooLarge("the page").getMessage());
            }
            if (page.length == 0) {
                throw new InvalidPage("the file is empty");
            }
            return page;
        } catch (IOException e) {
            throw new InvalidPage("cannot read it: " + e.getMessage());
        }
    }

    private static void add(ObjectNode report, String counter, int count) {
        report.put(counter, report.path(counter).asInt() + count);
    }

    private static void renderText(JsonNode report, Terminal terminal) {
        int created = report.path("created").asInt();
        int duplicates = report.path("duplicates").asInt();
        int invalid = report.path("invalid").asInt();
        int total = created + duplicates + invalid;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (JsonNode result : report.path("results")) {
            if ("created".equals(result.path("status").asText()) && result.path("id").canConvertToLong()) {
                first = Math.min(first, result.path("id").asLong());
                last = Math.max(last, result.path("id").asLong());
            }
        }
        String ids = first > last ? "" : first == last ? " (id " + first + ")" : " (ids " + first + " to " + last + ")";
        terminal.println(String.format("read %d article%s: %d created%s, %d duplicate%s, %d invalid",
                total, total == 1 ? "" : "s", created, ids, duplicates, duplicates == 1 ? "" : "s", invalid));
    }
}
