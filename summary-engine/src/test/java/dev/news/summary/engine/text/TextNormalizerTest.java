package dev.news.summary.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void replacesTypographyAndKeepsOffsets() {
        String original = "\u201CHello\u201D \u2014 she said\u2026   now &amp; <b>then</b>.";
        TextNormalizer.Normalized n = normalizer.normalize(original);
        assertEquals("\"Hello\" - she said... now & then .", n.text());
        int then = n.text().indexOf("then");
        assertEquals(original.indexOf("then"), n.toOriginalStart(then));
        assertEquals(original.indexOf("then") + 4, n.toOriginalEnd(then + 4));
        int amp = n.text().indexOf('&');
        assertEquals("&amp;", original.substring(n.toOriginalStart(amp), n.toOriginalEnd(amp + 1)));
    }

    @Test
    void removesControlCharactersAndReplacementCharacter() {
        String original = "Plain\u0007 text\uFFFD with\u200B junk.";
        TextNormalizer.Normalized n = normalizer.normalize(original);
        assertEquals("Plain text with junk.", n.text());
        int junk = n.text().indexOf("junk");
        assertEquals("junk", original.substring(n.toOriginalStart(junk), n.toOriginalEnd(junk + 4)));
    }

    @Test
    void keepsParagraphsAndSeparateLinesButJoinsWrappedProse() {
        String original = "Headline here\r\n\r\n\r\nFirst line of a\nwrapped paragraph.\nCaption line";
        TextNormalizer.Normalized n = normalizer.normalize(original);
        assertEquals("Headline here\n\nFirst line of a wrapped paragraph.\nCaption line", n.text());
        assertFalse(n.text().contains("\r"));
        assertTrue(n.text().endsWith("Caption line"));
    }

    @Test
    void commentsAreRemovedAndUnclosedOnesKeptAsText() {
        TextNormalizer.Normalized n = normalizer.normalize("Before<!-- a <b>note</b> --> after <!-- <!-- inner --> end.");
        assertEquals("Before after end.", n.text());
        assertEquals("a <!-- b < c &amp d & e", normalizer.normalize("a <!-- b < c &amp d & e").text());
        assertEquals("x & y", normalizer.normalize("x &amp; y").text());
        assertEquals("<!-->", normalizer.normalize("<!-->").text());
    }

    @Test
    void longRunsWithoutWhitespaceAreBrokenForTheTokenizer() {
        // The tokenizer's time grew with the square of such a run: 20,000 '&' took half a minute.
        String original = "See " + "&".repeat(250) + " end.";
        TextNormalizer.Normalized n = normalizer.normalize(original);
        assertEquals("See " + "&".repeat(100) + " " + "&".repeat(100) + " " + "&".repeat(50) + " end.", n.text());
        int last = n.text().lastIndexOf('&');
        assertEquals(original.lastIndexOf('&'), n.toOriginalStart(last));
        String url = "https://example.com/" + "a".repeat(70);
        assertEquals(url, normalizer.normalize(url).text(), "ordinary words and links stay whole");
    }
}
