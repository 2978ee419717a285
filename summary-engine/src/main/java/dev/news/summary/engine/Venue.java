package dev.news.summary.engine;

/** Where the main event takes place. */
public record Venue(String name, Evidence evidence) {
}
