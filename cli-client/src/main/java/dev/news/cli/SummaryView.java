package dev.news.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A summary for people: the title, the numbered summary sentences, and the key facts table. */
public final class SummaryView implements TextView {

    private final boolean cutByWords;

    /** {@code cutByWords}: a word budget was asked for, so a sentence without its final stop was cut short. */
    public SummaryView(boolean cutByWords) {
        this.cutByWords = cutByWords;
    }

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
            terminal.paragraph(marked(sentence.path("text").asText("")), label, " ".repeat(label.length()));
        }
        terminal.println();
        FactsView.printFacts(document.path("facts"), terminal, true);
    }

    // A sentence the word budget cut ends without its stop; the ellipsis says that more was there.
    private String marked(String text) {
        String trimmed = text.stripTrailing();
        if (!cutByWords || trimmed.isEmpty() || ".!?\u2026:;\"'\u201d\u2019)]\u00bb".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            return text;
        }
        return trimmed + "\u2026";
    }
}
