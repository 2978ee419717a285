package dev.news.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the real article-service (its packaged jar) on the JVM's {@link ThrowawayPostgres} and points the
 * application under test at it; its URL is also in the config property {@code news.test.article-service.url}.
 */
public class ArticleServiceResource implements QuarkusTestResourceLifecycleManager {

    private RunningService articleService;

    @Override
    public Map<String, String> start() {
        articleService = RunningService.articleService();
        return Map.of(
                "quarkus.rest-client.article-service.url", articleService.url(),
                "news.test.article-service.url", articleService.url());
    }

    @Override
    public void stop() {
        if (articleService != null) {
            articleService.close();
        }
    }
}
