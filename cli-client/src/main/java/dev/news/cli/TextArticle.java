package dev.news.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An article kept as plain text: the first non-empty line is the title, the rest is the body. */
public record TextArticle(String title, String body) {

    /** Reads the text, or null when it holds no line with anything on it. */
    public static TextArticle parse(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (int i = first + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return new TextArticle(lines[first].strip(), body.toString().strip());
    }

    public ObjectNode toJson() {
        ObjectNode node = ServiceClient.JSON.createObjectNode();
        node.put("title", title);
        node.put("body", body);
        return node;
    }
}
