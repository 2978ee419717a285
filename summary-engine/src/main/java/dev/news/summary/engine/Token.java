package dev.news.summary.engine;

/** One token: surface word, lemma, part of speech, entity tag, and offsets (normalised and original). */
record Token(String word, String lemma, String pos, String ner, String normalizedNer,
             int normStart, int normEnd, int start, int end) {

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
