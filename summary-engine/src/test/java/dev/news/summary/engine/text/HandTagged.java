package dev.news.summary.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences built by hand for tests that must not load the language models: each token is written
 * {@code word/POS} or {@code word/POS/ENTITY}, separated by spaces; the lemma is the lower-case word, except a
 * plural noun loses its final "s". Runs of tokens with the same person, place or organisation tag become mentions.
 */
public final class HandTagged {

    private static final Set<String> MENTION_TYPES = Set.of("PERSON", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
            "LOCATION", "ORGANIZATION");

    private HandTagged() {
    }

    public static Sentence sentence(int index, String tagged) {
        return sentence(index, tagged, 0);
    }

    static Sentence sentence(int index, String tagged, int offset) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.trim().split("\\s+")) {
            // The word itself may hold a slash ("//SYM" is the word "/"): tag and entity are read from the right.
            String[] parts = item.split("/", -1);
            int n = parts.length;
            boolean entity = n >= 3 && parts[n - 1].matches("[A-Z_]{3,}") && !parts[n - 1].equals("SYM");
            String ner = entity ? parts[n - 1] : "O";
            String pos = n >= 2 ? parts[entity ? n - 2 : n - 1] : "NN";
            String word = n == 1 ? parts[0] : String.join("/", java.util.Arrays.copyOfRange(parts, 0, entity ? n - 2 : n - 1));
            String lemma = word.toLowerCase();
            if (pos.equals("NNS") && lemma.endsWith("s")) {
                lemma = lemma.substring(0, lemma.length() - 1);
            }
            if (Set.of("is", "was", "are", "were").contains(lemma)) {
                lemma = "be";
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = offset + text.length();
            text.append(word);
            tokens.add(new Token(word, lemma, pos, ner, null, start, start + word.length(), start, start + word.length()));
        }
        return new Sentence(index, 0, text.toString(), offset, offset + text.length(), tokens);
    }

    /** Mentions of the tagged runs of one sentence. */
    static List<Mention> mentions(Sentence s) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            String type = tokens.get(i).ner();
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(type)) {
                end++;
            }
            if (MENTION_TYPES.contains(type)) {
                StringBuilder text = new StringBuilder();
                for (int k = i; k < end; k++) {
                    text.append(k > i ? " " : "").append(tokens.get(k).word());
                }
                out.add(new Mention(text.toString(), type, s.index(), i, end, tokens.get(i).start(),
                        tokens.get(end - 1).end(), null));
            }
            i = end;
        }
        return out;
    }

    /** An article of hand-tagged sentences, one paragraph each; nothing is debris. */
    public static ParsedArticle article(String... sentences) {
        List<Sentence> out = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int offset = 0;
        for (String tagged : sentences) {
            Sentence s = sentence(out.size(), tagged, offset);
            out.add(s);
            mentions.addAll(mentions(s));
            offset = s.end() + 1;
        }
        return new ParsedArticle(out, mentions, Set.of(), List.of(), null, null);
    }
}
