package dev.news.summary.engine;

/** Where a fact was read: sentence index and character offsets in the original text. */
public record Evidence(int sentence, int start, int end) {

    /** The evidence for tokens [from, end) of a sentence: from the first token's start to the last one's end. */
    static Evidence ofTokens(int sentence, java.util.List<Token> tokens, int from, int end) {
        return new Evidence(sentence, tokens.get(from).start(), tokens.get(end - 1).end());
    }
}
