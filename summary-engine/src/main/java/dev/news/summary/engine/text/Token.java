package dev.news.summary.engine;

/** One token: surface word, lemma, part of speech, entity tag, and offsets (normalised and original). */
record Token(String word, String lemma, String pos, String ner, String normalizedNer,
             int normStart, int normEnd, int start, int end) {

    /** The words of tokens [from, end), separated by single spaces. */
    static String words(java.util.List<Token> tokens, int from, int end) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < end; k++) {
            out.append(k > from ? " " : "").append(tokens.get(k).word());
        }
        return out.toString();
    }

    boolean isWord() {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A verb that carries tense or a modal: what makes a clause ("said", "is", "will"). */
    boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
