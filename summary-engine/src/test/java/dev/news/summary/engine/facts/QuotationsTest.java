package dev.news.summary.engine.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Quotation marks read from how they are written against the words around them, on hand-built sentences. */
class QuotationsTest {

    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    /**
     * An article from one text: "|" ends a sentence where it stands (so a mark may touch the sentence before it),
     * "||" ends a paragraph; tokens keep the text's own spacing.
     */
    private static ParsedArticle article(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        int paragraph = 0;
        for (String part : text.split("\\|", -1)) {
            if (part.isEmpty()) {
                paragraph++;
                continue;
            }
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(part);
            while (m.find()) {
                int start = offset + m.start();
                int end = offset + m.end();
                tokens.add(new Token(m.group(), m.group().toLowerCase(), "NN", "O", null, start, end, start, end));
            }
            sentences.add(new Sentence(sentences.size(), paragraph, part, offset, offset + part.length(), tokens));
            offset += part.length();
        }
        return new ParsedArticle(sentences, List.of(), Set.of(), List.of(), null, null);
    }

    private static boolean quoted(ParsedArticle a, int sentence, String word) {
        List<Token> tokens = a.sentences().get(sentence).tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).word().equals(word)) {
                return Quotations.of(a).inside(sentence, k);
            }
        }
        throw new AssertionError(word + " is not in sentence " + sentence);
    }

    @Test
    void wordsBetweenTheMarksAreQuotedAndTheAttributionIsNot() {
        ParsedArticle a = article("\"The buyer gets a discount,\" he said.");
        assertTrue(quoted(a, 0, "buyer"));
        assertFalse(quoted(a, 0, "he"));
    }

    @Test
    void aMarkAgainstTheNextWordOpensEvenWhenTheLastQuotationWasNotClosed() {
        // The writer left the first quotation open and started the next one: a plain toggle would close it there.
        ParsedArticle a = article("She added: \"It was a long year. |\"Next year will be better.\" |The engineer said more.");
        assertTrue(quoted(a, 0, "long"));
        assertTrue(quoted(a, 1, "Next"));
        assertFalse(quoted(a, 2, "engineer"));
    }

    @Test
    void aMarkTheSplitterPutInAnotherSentenceIsReadAgainstTheWordItTouches() {
        // 'year."' closes although the mark opens the next sentence; 'Then "Next' opens although it ends the first.
        ParsedArticle closing = article("He said: \"It was a long year.|\" The engineer said more.");
        assertTrue(quoted(closing, 0, "long"));
        assertFalse(quoted(closing, 1, "engineer"));
        ParsedArticle opening = article("He said: \"It was a long year. \"|Next year will be better.\"");
        assertTrue(quoted(opening, 1, "Next"));
    }

    @Test
    void aQuotationEndsWithItsParagraph() {
        ParsedArticle a = article("He said: \"We will win.||The coach said nothing.");
        assertTrue(quoted(a, 0, "win"));
        assertFalse(quoted(a, 1, "coach"));
    }
}
