package dev.news.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders a service document for people. */
@FunctionalInterface
public interface TextView {

    void render(JsonNode document, Terminal terminal);
}
