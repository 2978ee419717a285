package dev.news.summary.article;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** summary-service's own copy of the part of article-service's article that it reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleDto(long id, String title, String body, OffsetDateTime publishedAt, String contentHash, int version) {
}
