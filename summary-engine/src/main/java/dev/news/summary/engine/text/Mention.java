package dev.news.summary.engine.text;

import dev.news.summary.engine.Evidence;

/** A named-entity mention: its text, entity type, sentence and token span, original offsets and normal form. */
public record Mention(String text, String type, int sentence, int firstToken, int endToken, int start, int end,
                      String normalized) {

    public Evidence evidence() {
        return new Evidence(sentence, start, end);
    }
}
