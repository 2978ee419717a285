package dev.news.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** A page of articles for people: a table of id, date, source and title, then where the page is. */
public final class ArticlePageView implements TextView {

    private final boolean headers;

    /** {@code headers}: whether the table starts with its header line and ends with where the page is. */
    public ArticlePageView(boolean headers) {
        this.headers = headers;
    }

    @Override
    public void render(JsonNode page, Terminal terminal) {
        JsonNode items = page.path("items");
        if (items.isEmpty()) {
            if (headers) {
                terminal.println("No articles.");
            }
        } else {
            boolean ranked = false;
            for (JsonNode item : items) {
                ranked |= item.hasNonNull("rank");
            }
            Table table = ranked ? new Table("ID", "RANK", "PUBLISHED", "SOURCE", "TITLE")
                    : new Table("ID", "PUBLISHED", "SOURCE", "TITLE");
            for (JsonNode item : items) {
                String id = item.path("id").asText("");
                String published = date(item.path("publishedAt").asText(""));
                String source = item.path("sourceName").asText("");
                String title = item.path("title").asText("");
                if (ranked) {
                    table.row(id, String.format("%.3f", item.path("rank").asDouble()), published, source, title);
                } else {
                    table.row(id, published, source, title);
                }
            }
            table.print(terminal, "", headers);
        }
        if (!headers) {
            return;
        }
        long total = page.path("totalItems").asLong(0);
        if (page.has("page")) {
            terminal.println(terminal.dim(String.format("page %d of %d, %d article%s", page.path("page").asInt(1),
                    Math.max(1, page.path("totalPages").asInt(1)), total, total == 1 ? "" : "s")));
        } else {
            terminal.println(terminal.dim(String.format("%d of %d article%s", items.size(), total, total == 1 ? "" : "s")));
        }
    }

    // The day is what a reader scans a list by; the full instant is in `articles get`.
    private static String date(String instant) {
        if (instant.isBlank() || "null".equals(instant)) {
            return "-";
        }
        return instant.length() >= 10 ? instant.substring(0, 10) : instant;
    }
}
