package dev.news.article.service;

import java.util.Map;

import dev.news.domain.InvalidInputException;
import io.quarkus.panache.common.Sort;

/** The {@code sort} parameter: {@code relevance}, or a field and a direction such as {@code publishedAt,desc}. */
public record ArticleSort(String field, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.of(
            "id", "id", "title", "title", "publishedAt", "published_at", "createdAt", "created_at", "updatedAt", "updated_at");

    public static ArticleSort parse(String value, boolean hasQuery) {
        if (value == null || value.isBlank()) {
            return hasQuery ? new ArticleSort("relevance", true) : new ArticleSort("publishedAt", true);
        }
        String[] parts = value.strip().split(",", -1);
        String field = parts[0].strip();
        if (parts.length > 2 || !(COLUMNS.containsKey(field) || field.equals("relevance"))) {
            throw new InvalidInputException("sort", "must be relevance or one of " + COLUMNS.keySet() + ", optionally followed by ,asc or ,desc");
        }
        boolean descending = true;
        if (parts.length == 2) {
            String direction = parts[1].strip().toLowerCase();
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new InvalidInputException("sort", "direction must be asc or desc");
            }
            descending = direction.equals("desc");
        }
        return new ArticleSort(field, descending);
    }

    public boolean relevance() {
        return field.equals("relevance");
    }

    Sort toPanache() {
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(field, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
    }

    String toSql() {
        String direction = descending ? " DESC" : " ASC";
        return "a." + COLUMNS.get(field) + direction + " NULLS LAST, a.id" + direction;
    }
}
