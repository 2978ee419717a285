package dev.news.article;

import java.util.List;

/** One page of a listing or search; {@code page} counts from 1. */
public record ArticlePage(List<ArticleView> items, int page, int size, long totalItems, long totalPages) {
}
