package dev.news.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The key facts of an article as one table: who, where, which organisations, when, how many. */
public final class FactsView implements TextView {

    private final boolean headers;

    /** {@code headers}: whether the table starts with its header line. */
    public FactsView(boolean headers) {
        this.headers = headers;
    }

    /** Renders a document holding {@code title} and {@code facts}, as GET /facts answers. */
    @Override
    public void render(JsonNode document, Terminal terminal) {
        String title = document.path("title").asText("");
        if (!title.isBlank()) {
            terminal.title(title);
            terminal.println();
        }
        printFacts(document.path("facts"), terminal, headers);
    }

    /** Prints the "Key facts" section for a {@code facts} object. */
    static void printFacts(JsonNode facts, Terminal terminal, boolean headers) {
        terminal.println(terminal.accent(terminal.bold("Key facts")));
        Table table = table(facts);
        if (table.isEmpty()) {
            terminal.println("  (none found)");
        } else {
            table.print(terminal, "  ", headers);
        }
    }

    static Table table(JsonNode facts) {
        Table table = new Table("FACT", "NAME", "DETAILS");
        for (JsonNode participant : facts.path("participants")) {
            table.row(participant.path("central").asBoolean(false) ? "participant*" : "participant",
                    text(participant, "name"),
                    details(text(participant, "role"), text(participant, "affiliation"), text(participant, "type"),
                            mentions(participant)));
        }
        JsonNode venue = facts.path("venue");
        if (venue.isObject()) {
            table.row("venue", text(venue, "name"), "");
        }
        for (JsonNode place : facts.path("places")) {
            table.row("place", text(place, "name"), details(text(place, "type"), mentions(place)));
        }
        for (JsonNode organization : facts.path("organizations")) {
            table.row("organisation", text(organization, "name"), details(mentions(organization)));
        }
        for (JsonNode date : facts.path("dates")) {
            table.row("date", text(date, "text"), details(text(date, "value")));
        }
        for (JsonNode figure : facts.path("figures")) {
            table.row("figure", text(figure, "text"), details(text(figure, "value"), text(figure, "counts")));
        }
        return table;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isFloatingPointNumber() && value.asDouble() == Math.rint(value.asDouble()) && Math.abs(value.asDouble()) < 1e15) {
            // 500000.0 is read as 500000 by people
            return Long.toString((long) value.asDouble());
        }
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    private static String mentions(JsonNode node) {
        int mentions = node.path("mentions").asInt(0);
        return mentions > 1 ? mentions + " mentions" : "";
    }

    private static String details(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join("; ", present);
    }
}
