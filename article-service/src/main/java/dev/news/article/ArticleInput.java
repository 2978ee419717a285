package dev.news.article;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace an article. */
@Schema(name = "ArticleInput", description = "An article to store", example = """
        {"title": "Talks resume in Vienna", "body": "Negotiators met on Monday in Vienna ...",
         "sourceName": "Example News", "sourceUrl": "https://news.example.org/talks",
         "authors": ["A. Writer"], "publishedAt": "2016-09-09T10:00:00Z", "language": "en"}""")
public record ArticleInput(
        @Schema(description = "Headline", required = true, maxLength = 1000)
        @NotBlank @Size(max = 1000) String title,
        @Schema(description = "Full text; paragraphs separated by blank lines", required = true)
        @NotBlank String body,
        @Schema(description = "Publisher's name")
        @Size(max = 500) String sourceName,
        @Schema(description = "Where the article was published: an absolute http(s) URL")
        @Size(max = 2048) @Pattern(regexp = URL, message = "must be an absolute http or https URL") String sourceUrl,
        @Schema(description = "Author names")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
        @Schema(description = "Publication time, ISO-8601 with offset", example = "2016-09-09T10:00:00Z")
        OffsetDateTime publishedAt,
        @Schema(description = "BCP 47 language tag", example = "en", maxLength = 35)
        @Size(max = 35) @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a language tag such as en or en-GB") String language,
        @Schema(description = "On PUT without If-Match: the version being replaced")
        @PositiveOrZero Integer version,
        @Schema(description = "Time of the last change the publisher made, ISO-8601 with offset")
        OffsetDateTime modifiedAt,
        @Schema(description = "The page's canonical address: an absolute http(s) URL")
        @Size(max = 2048) @Pattern(regexp = URL, message = "must be an absolute http or https URL") String canonicalUrl,
        @Schema(description = "The article's lead image: an absolute http(s) URL")
        @Size(max = 2048) @Pattern(regexp = URL, message = "must be an absolute http or https URL") String imageUrl) {

    /**
     * What an absolute http(s) URL must look like here. Anchored: Java matches the whole value anyway, but the contract
     * repeats the pattern, and a JSON Schema pattern may match anywhere in the value.
     */
    public static final String URL = "^https?://[^\\s/$.?#][^\\s]*$";

    public List<String> authorsOrEmpty() {
        return authors == null ? List.of() : authors;
    }
}
