package dev.news.article.service;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.news.testsupport.SourceRules;

/**
 * The service layer reports refusals as domain exceptions (dev.news.domain and its own), never as HTTP statuses: the
 * REST layer's mappers are the one place that turns them into problem documents.
 */
class NoHttpInServicesTest {

    @Test
    void noServiceClassThrowsAnHttpStatus() {
        SourceRules.assertNoneMention(Path.of("src/main/java/dev/news/article/service"), "ProblemException", "jakarta.ws.rs");
    }
}
