package dev.news.summary.engine;

/** A number in the text with what it counts, e.g. "500,000 deaths". */
public record Figure(String text, Double value, String counts, Evidence evidence) {
}
