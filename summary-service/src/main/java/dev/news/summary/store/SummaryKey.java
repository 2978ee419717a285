package dev.news.summary.store;

/** What decides a summary's content: the article, its content, the requested length and the engine version. */
public record SummaryKey(long articleId, String contentHash, String lengthKey, String engineVersion) {
}
