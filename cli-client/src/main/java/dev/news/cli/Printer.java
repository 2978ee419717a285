package dev.news.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/** Prints every document through one path, so that text, json and yaml always show the same data. */
public final class Printer {

    private final OutputFormat format;
    private final Terminal terminal;
    private final Pager pager;

    /** {@code pager}: where output longer than the terminal goes, or null to print it straight away. */
    public Printer(OutputFormat format, Terminal terminal, Pager pager) {
        this.format = format;
        this.terminal = terminal;
        this.pager = pager;
    }

    public void print(JsonNode document, TextView view) {
        printAll(List.of(document), view);
    }

    /**
     * Prints several documents: in text one after the other with a blank line between, in json and yaml as one
     * array (a single document stays itself), with {@code -o name} their ids.
     */
    public void printAll(List<JsonNode> documents, TextView view) {
        if (pager == null) {
            write(documents, view, terminal);
            return;
        }
        // Rendered whole first: only then is it known whether it fits on the screen.
        StringWriter text = new StringWriter();
        write(documents, view, terminal.to(new PrintWriter(text)));
        pager.show(text.toString(), terminal.out());
    }

    private void write(List<JsonNode> documents, TextView view, Terminal terminal) {
        switch (format) {
            case text -> {
                for (int i = 0; i < documents.size(); i++) {
                    if (i > 0) {
                        terminal.println();
                    }
                    view.render(documents.get(i), terminal);
                }
            }
            case json -> terminal.println(write(ServiceClient.JSON, one(documents)));
            case yaml -> terminal.out().print(write(Yaml.MAPPER, one(documents)));
            case name -> documents.forEach(document -> ids(document).forEach(terminal::println));
        }
        terminal.out().flush();
    }

    private static JsonNode one(List<JsonNode> documents) {
        if (documents.size() == 1) {
            return documents.get(0);
        }
        ArrayNode array = ServiceClient.JSON.createArrayNode();
        documents.forEach(array::add);
        return array;
    }

    /** The article ids a document names: a page's items, an import's stored results, or its own id. */
    static List<String> ids(JsonNode document) {
        List<String> ids = new ArrayList<>();
        if (document.has("items")) {
            document.path("items").forEach(item -> addId(ids, item.path("id")));
        } else if (document.has("results")) {
            document.path("results").forEach(result -> addId(ids, result.path("id")));
        } else {
            addId(ids, document.has("articleId") ? document.path("articleId") : document.path("id"));
        }
        return ids;
    }

    private static void addId(List<String> ids, JsonNode id) {
        if (id.isIntegralNumber() || (id.isTextual() && !id.asText().isBlank())) {
            ids.add(id.asText());
        }
    }

    private static String write(ObjectMapper mapper, JsonNode document) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // Alphabetical keys make the output independent of how a service happens to order its fields.
    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            fields.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, JsonNode> field : fields) {
                copy.set(field.getKey(), sorted(field.getValue()));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    // A holder, so that the YAML classes load only when yaml is asked for.
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
    }
}
