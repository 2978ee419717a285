package dev.news.article.page;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article read from a web page: what {@code POST /articles} with an HTML page stores and {@code POST /articles/extract}
 * shows. The body is paragraphs separated by a blank line; absent metadata is null (authors: empty).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractedPage(String title, String body, List<String> authors, OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt, String siteName, String language, String canonicalUrl, String imageUrl) {
}
