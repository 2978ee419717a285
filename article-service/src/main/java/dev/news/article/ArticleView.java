package dev.news.article;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as the API shows it; {@code body} is left out of lists, {@code rank} is set by searches. Fields added later
 * come last and are left out when null, so that older clients see what they saw.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(Long id, String title, String body, String sourceName, String sourceUrl, List<String> authors,
        OffsetDateTime publishedAt, String language, String contentHash, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, int version, Double rank, OffsetDateTime modifiedAt, String canonicalUrl, String imageUrl) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.id, a.title, a.body, a.sourceName, a.sourceUrl, a.authors, a.publishedAt, a.language,
                a.contentHash, a.createdAt, a.updatedAt, a.version, null, a.modifiedAt, a.canonicalUrl, a.imageUrl);
    }

    public static ArticleView listed(Article a, Double rank) {
        return new ArticleView(a.id, a.title, null, a.sourceName, a.sourceUrl, a.authors, a.publishedAt, a.language,
                a.contentHash, a.createdAt, a.updatedAt, a.version, rank, a.modifiedAt, a.canonicalUrl, a.imageUrl);
    }
}
