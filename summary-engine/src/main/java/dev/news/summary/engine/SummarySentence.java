package dev.news.summary.engine;

/** One extracted sentence: article index, text, offsets in the original text and ranking score. */
public record SummarySentence(int index, String text, int start, int end, double score) {
}
