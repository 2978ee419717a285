package dev.news.summary.service;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.news.summary.engine.Facts;
import dev.news.summary.engine.SummarySentence;

/** The answer of {@code GET /summaries/{id}} and {@code POST /summaries}; its field names are a contract. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"articleId", "title", "contentHash", "summary", "facts", "truncated", "engine", "generatedAt"})
public record SummaryDocument(Long articleId, String title, String contentHash, List<SummarySentence> summary, Facts facts,
        @Schema(description = "Present and true when the text is longer than news.summary.max-analysed-chars (100,000 "
                + "characters by default) and only that beginning was analysed; absent otherwise")
        Boolean truncated,
        Engine engine, OffsetDateTime generatedAt) {

    /** Which engine produced the document. */
    public record Engine(String name, String version) {
    }
}
