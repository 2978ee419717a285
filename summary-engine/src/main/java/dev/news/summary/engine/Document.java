package dev.news.summary.engine;

/** An article to analyse: title (may be empty), body text and optional publication time. */
public record Document(String title, String text, java.time.OffsetDateTime published) {
    /** Builds a document without publication time. */
    public static Document of(String title, String text) {
        return new Document(title, text, null);
    }
}
