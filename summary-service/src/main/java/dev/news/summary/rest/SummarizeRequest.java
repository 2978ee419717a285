package dev.news.summary.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text to summarise without storing it, and at most one length parameter. */
@Schema(name = "SummarizeRequest", example = """
        {"title": "Talks resume in Vienna", "text": "Negotiators met on Monday in Vienna. ...", "sentences": 2}""")
public record SummarizeRequest(
        @Schema(description = "Headline; helps ranking") @Size(max = 1000) String title,
        @Schema(description = "The text to summarise", required = true) @NotBlank String text,
        @Schema(description = "Number of sentences (default 3)") Integer sentences,
        @Schema(description = "Share of the sentences, in (0, 1]") Double ratio,
        @Schema(description = "Word budget, never exceeded") Integer words) {
}
