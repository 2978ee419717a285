package dev.news.article.page.eval;

/** What one extractor made of a page, in the terms it is compared on; absent values are null. */
public record Extracted(String title, String byline, String publishedTime, String lang, String text) {
}
