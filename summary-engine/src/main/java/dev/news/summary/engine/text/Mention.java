package dev.news.summary.engine;

/** A named-entity mention: its text, entity type, sentence and token span, original offsets and normal form. */
record Mention(String text, String type, int sentence, int firstToken, int endToken, int start, int end,
               String normalized) {

    Evidence evidence() {
        return new Evidence(sentence, start, end);
    }
}
