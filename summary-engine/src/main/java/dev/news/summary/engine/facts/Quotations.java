package dev.news.summary.engine.facts;

import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.util.List;

/**
 * Which tokens of an article stand inside quotation marks. Straight quotes do not say whether they open or close, so
 * a mark written against the next word opens and one written against the previous word closes ('... a long year.
 * "Next year ...' reopens a quotation that a missing closing mark would otherwise turn inside out); a quotation does
 * not run past its paragraph.
 */
final class Quotations {

    private final boolean[][] quoted;

    private Quotations(boolean[][] quoted) {
        this.quoted = quoted;
    }

    static Quotations of(ParsedArticle article) {
        List<Sentence> sentences = article.sentences();
        boolean[][] quoted = new boolean[sentences.size()][];
        boolean inside = false;
        Token previous = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (i > 0 && s.paragraph() != sentences.get(i - 1).paragraph()) {
                inside = false;
                previous = null;
            }
            List<Token> tokens = s.tokens();
            quoted[i] = new boolean[tokens.size()];
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                String w = t.word();
                // The splitter may leave a closing mark at the start of the next sentence or an opening one at the
                // end of the previous: its neighbours are looked up across sentence ends.
                Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : firstOfNext(sentences, i);
                if (w.equals("``") || w.equals("\u201C")) {
                    inside = true;
                } else if (w.equals("''") || w.equals("\u201D")) {
                    inside = false;
                } else if (w.equals("\"")) {
                    boolean toNext = next != null && next.normStart() == t.normEnd();
                    boolean toPrevious = previous != null && previous.normEnd() == t.normStart();
                    inside = toNext == toPrevious ? !inside : toNext;
                } else {
                    quoted[i][k] = inside;
                }
                previous = t;
            }
        }
        return new Quotations(quoted);
    }

    private static Token firstOfNext(List<Sentence> sentences, int i) {
        if (i + 1 >= sentences.size() || sentences.get(i + 1).paragraph() != sentences.get(i).paragraph()
                || sentences.get(i + 1).tokens().isEmpty()) {
            return null;
        }
        return sentences.get(i + 1).tokens().get(0);
    }

    /** Whether token {@code token} of sentence {@code sentence} is quoted speech or writing. */
    boolean inside(int sentence, int token) {
        return sentence < quoted.length && token < quoted[sentence].length && quoted[sentence][token];
    }
}
