package dev.news.summary.article;

import java.util.LinkedHashMap;
import java.util.Map;

/** The articles fetched most recently, at most {@code capacity} of them, the least recently used dropped first. */
final class RecentArticles {

    private final Map<Long, ArticleDto> articles;

    RecentArticles(int capacity) {
        this.articles = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ArticleDto> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized ArticleDto get(long id) {
        return articles.get(id);
    }

    synchronized void put(long id, ArticleDto article) {
        articles.put(id, article);
    }
}
