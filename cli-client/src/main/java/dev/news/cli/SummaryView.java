package dev.news.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A summary for people: the title, the numbered summary sentences, and the key facts table. */
public final class SummaryView implements TextView {

    @Override
    public void render(JsonNode document, Terminal terminal) {
        String title = document.path("title").asText("");
        terminal.title(title.isBlank() ? "(untitled)" : title);
        List<String> about = new ArrayList<>();
        if (document.hasNonNull("articleId")) {
            about.add("article " + document.path("articleId").asText());
        }
        JsonNode engine = document.path("engine");
        if (engine.hasNonNull("name")) {
            about.add("summarised by " + engine.path("name").asText() + " " + engine.path("version").asText(""));
        }
        if (!about.isEmpty()) {
            terminal.println(terminal.dim(String.join(", ", about).strip()));
        }
        terminal.println();
        terminal.println(terminal.accent(terminal.bold("Summary")));
        JsonNode sentences = document.path("summary");
        if (sentences.isEmpty()) {
            terminal.println("  (no sentences)");
        }
        int number = 1;
        for (JsonNode sentence : sentences) {
            String label = String.format("  %d. ", number++);
            terminal.paragraph(sentence.path("text").asText(""), label, " ".repeat(label.length()));
        }
        terminal.println();
        FactsView.printFacts(document.path("facts"), terminal);
    }
}
