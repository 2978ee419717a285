package dev.news.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** Prints the "Key facts" section for a {@code facts} object, with a legend for the star when one is shown. */
    static void printFacts(JsonNode facts, Terminal terminal, boolean headers) {
        terminal.println(terminal.accent(terminal.bold("Key facts")));
        Table table = table(facts);
        if (table.isEmpty()) {
            terminal.println("  (none found)");
            return;
        }
        table.print(terminal, "  ", headers);
        if (headers && table.hasRowStartingWith(CENTRAL)) {
            terminal.println(terminal.dim("  * central: the article is about this participant"));
        }
    }

    private static final String CENTRAL = "participant*";

    /** The table of facts; a fact named twice (the same kind and name, in any case) is one row with both details. */
    static Table table(JsonNode facts) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (JsonNode participant : facts.path("participants")) {
            boolean central = participant.path("central").asBoolean(false);
            String[] row = add(rows, "participant", text(participant, "name"),
                    text(participant, "role"), text(participant, "affiliation"), text(participant, "type"), mentions(participant));
            if (central) {
                row[0] = CENTRAL;
            }
        }
        JsonNode venue = facts.path("venue");
        if (venue.isObject()) {
            add(rows, "venue", text(venue, "name"));
        }
        for (JsonNode place : facts.path("places")) {
            add(rows, "place", text(place, "name"), text(place, "type"), mentions(place));
        }
        for (JsonNode organization : facts.path("organizations")) {
            add(rows, "organisation", text(organization, "name"), mentions(organization));
        }
        for (JsonNode date : facts.path("dates")) {
            add(rows, "date", text(date, "text"), text(date, "value"));
        }
        for (JsonNode figure : facts.path("figures")) {
            String said = text(figure, "text");
            // "£600m" says more than 600000000: the value only helps where the text gives it in words.
            String value = said.chars().anyMatch(Character::isDigit) ? "" : text(figure, "value");
            add(rows, "figure", said, value, text(figure, "counts"));
        }
        Table table = new Table("FACT", "NAME", "DETAILS");
        rows.values().forEach(table::row);
        return table;
    }

    private static String[] add(Map<String, String[]> rows, String fact, String name, String... details) {
        String key = fact + "\u0000" + name.toLowerCase(Locale.ROOT);
        String[] row = rows.get(key);
        if (row == null) {
            row = new String[] {fact, name, details(details)};
            rows.put(key, row);
        } else {
            List<String> merged = new ArrayList<>(List.of(row[2].isEmpty() ? new String[0] : row[2].split("; ")));
            for (String detail : details) {
                if (detail != null && !detail.isBlank() && !merged.contains(detail)) {
                    merged.add(detail);
                }
            }
            row[2] = String.join("; ", merged);
        }
        return row;
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
