package dev.news.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One article for people: the title, a line about where it comes from, and the body wrapped by paragraph. */
public final class ArticleView implements TextView {

    @Override
    public void render(JsonNode article, Terminal terminal) {
        terminal.title(article.path("title").asText(""));
        List<String> about = new ArrayList<>();
        about.add("article " + article.path("id").asText("?"));
        addIfPresent(about, article.path("sourceName").asText(""));
        List<String> authors = new ArrayList<>();
        article.path("authors").forEach(author -> authors.add(author.asText()));
        addIfPresent(about, String.join(", ", authors));
        addIfPresent(about, article.path("publishedAt").asText(""));
        addIfPresent(about, article.path("language").asText(""));
        terminal.println(terminal.dim(String.join(" | ", about)));
        String url = article.path("sourceUrl").asText("");
        if (!url.isBlank()) {
            terminal.println(terminal.dim(url));
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
