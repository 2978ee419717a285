package dev.news.summary.article;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Asks article-service about an article off the request's thread, at most once at a time per article, so that a
 * request served from a copy past its age does not wait for the answer; the next request sees what it brought.
 */
@ApplicationScoped
public class ArticleRefresher {

    private static final Logger LOG = Logger.getLogger(ArticleRefresher.class);

    private final ArticleFetcher articles;
    private final ManagedExecutor executor;
    private final Set<Long> underway = ConcurrentHashMap.newKeySet();

    ArticleRefresher(ArticleFetcher articles, ManagedExecutor executor) {
        this.articles = articles;
        this.executor = executor;
    }

    public void refresh(long id) {
        if (!underway.add(id)) {
            return;
        }
        try {
            executor.runAsync(() -> {
                try {
                    articles.fetch(id);
                } catch (RuntimeException e) {
                    // The copy keeps its age: once it is too old, requests ask article-service themselves.
                    LOG.debugf("background check of article %d failed: %s", id, e.getMessage());
                } finally {
                    underway.remove(id);
                }
            });
        } catch (RejectedExecutionException e) {
            underway.remove(id);
        }
    }
}
