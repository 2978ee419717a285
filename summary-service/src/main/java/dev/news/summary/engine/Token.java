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

    boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
