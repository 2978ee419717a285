package dev.news.article;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The outcome of an NDJSON import: counts, and one result per non-blank line. */
public record ImportResult(int created, int duplicates, int invalid, List<Line> results) {

    /** What happened to one line: {@code created}, {@code duplicate} (id of the existing article) or {@code invalid}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int line, Status status, Long id, String reason) {
    }

    /** The three outcomes of a line. */
    public enum Status {
        created, duplicate, invalid
    }
}
