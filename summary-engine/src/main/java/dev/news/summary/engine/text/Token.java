package dev.news.summary.engine.text;

import dev.news.summary.engine.Evidence;
import java.util.Locale;

/** One token: surface word, lemma, part of speech, entity tag, and offsets (normalised and original). */
public record Token(String word, String lemma, String pos, String ner, String normalizedNer,
                    int normStart, int normEnd, int start, int end) {

    /** The words of tokens [from, end), separated by single spaces. */
    public static String words(java.util.List<Token> tokens, int from, int end) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < end; k++) {
            out.append(k > from ? " " : "").append(tokens.get(k).word());
        }
        return out.toString();
    }

    /** The evidence for tokens [from, end) of a sentence: from the first token's start to the last one's end. */
    public static Evidence evidence(int sentence, java.util.List<Token> tokens, int from, int end) {
        return new Evidence(sentence, tokens.get(from).start(), tokens.get(end - 1).end());
    }

    /** The word in lower case, for comparing with word lists. */
    public String lowerWord() {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The lemma in lower case, for comparing with word lists ("Says" and "said" give "say"). */
    public String lowerLemma() {
        return lemma.toLowerCase(Locale.ROOT);
    }

    public boolean isWord() {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word starts with a capital letter. */
    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** A proper noun written with a capital: a word of a name ("Arlen", not a tagger's lower-case "NNP"). */
    public boolean isCapitalisedName() {
        return isProperNoun() && isCapitalised();
    }

    /** A verb that carries tense or a modal: what makes a clause ("said", "is", "will"). */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
