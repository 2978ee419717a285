package dev.news.summary.engine;

/** Where a fact was read: sentence index and character offsets in the original text. */
public record Evidence(int sentence, int start, int end) {
}
