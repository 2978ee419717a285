package dev.news.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One article for people: the title, a line about where it comes from, and the body wrapped by paragraph. An
 * article extracted from a page and not stored has no id and names its site, canonical address and time of change.
 */
public final class ArticleView implements TextView {

    @Override
    public void render(JsonNode article, Terminal terminal) {
        terminal.title(article.path("title").asText(""));
        List<String> about = new ArrayList<>();
        about.add(article.has("id") ? "article " + article.path("id").asText() : "not stored");
        addIfPresent(about, article.path("sourceName").asText(article.path("siteName").asText("")));
        List<String> authors = new ArrayList<>();
        article.path("authors").forEach(author -> authors.add(author.asText()));
        addIfPresent(about, String.join(", ", authors));
        addIfPresent(about, article.path("publishedAt").asText(""));
        String modified = article.path("modifiedAt").asText("");
        addIfPresent(about, modified.isBlank() || "null".equals(modified) ? "" : "modified " + modified);
        addIfPresent(about, article.path("language").asText(""));
        terminal.println(terminal.dim(String.join(" | ", about)));
        String url = article.path("sourceUrl").asText("");
        if (!url.isBlank() && !"null".equals(url)) {
            terminal.println(terminal.dim(url));
        }
        String canonical = article.path("canonicalUrl").asText("");
        if (!canonical.isBlank() && !"null".equals(canonical) && !canonical.equals(url)) {
            terminal.println(terminal.dim("canonical: " + canonical));
        }
        String body = article.path("body").asText("");
        for (String paragraph : body.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                terminal.println();
                terminal.paragraph(paragraph, "", "");
            }
        }
    }

    private static void addIfPresent(List<String> parts, String part) {
        if (part != null && !part.isBlank() && !"null".equals(part)) {
            parts.add(part);
        }
    }
}
