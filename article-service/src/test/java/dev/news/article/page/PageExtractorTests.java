package dev.news.article.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageExtractorTests {

    private static final PageExtractor EXTRACTOR = new PageExtractor(new PageExtractor.Limits(200_000, 100, 25));
    private static final String URL = "https://gazette.example.org/news/bridge?ref=home";

    private static ExtractedPage extract(String html) {
        return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null, URL);
    }

    @Test
    void aNewsPageGivesItsArticleAndMetadata() {
        ExtractedPage page = extract(TestPages.NEWS);
        assertEquals("Eastbrook council votes to repair the stone bridge", page.title(), "the headline, not the <title> with the site");
        assertEquals(List.of("Nora Quill", "Tomas Reed"), page.authors());
        assertEquals(OffsetDateTime.parse("2024-05-14T09:30:00+01:00"), page.publishedAt(), "JSON-LD before Open Graph");
        assertEquals(OffsetDateTime.parse("2024-05-14T12:05:00+01:00"), page.modifiedAt());
        assertEquals("The Eastbrook Gazette", page.siteName());
        assertEquals("en-GB", page.language());
        assertEquals("https://gazette.example.org/news/2024/bridge-repair", page.canonicalUrl(), "resolved against the page's URL");
        assertEquals("https://gazette.example.org/img/bridge.jpg", page.imageUrl());
    }

    @Test
    void theBodyIsTheArticlesParagraphsWithHeadingsListsAndQuotes() {
        assertEquals(String.join("\n\n", TestPages.PARAGRAPHS), extract(TestPages.NEWS).body());
    }

    @Test
    void debrisIsLeftOut() {
        String body = extract(TestPages.NEWS).body();
        for (String debris : List.of("Share on", "Email this story", "Photo:", "cookies", "Sign up", "Related stories",
                "Floods close", "comments", "About time", "Copyright", "Home", "By Nora")) {
            assertFalse(body.contains(debris), () -> "debris \"" + debris + "\" in: " + body);
        }
    }

    @Test
    void aBylineParagraphInsideTheArticleIsMetadataNotBody() {
        ExtractedPage page = extract(TestPages.metaOnly("", """
                <p>By Jane Roe</p>
                <p>The harbour reopened on Thursday after the storm damaged two of its three piers last week.</p>
                <p>Fishing boats returned in the afternoon, and the ferry will run again from Saturday.</p>"""));
        assertEquals(List.of("Jane Roe"), page.authors());
        assertTrue(page.body().startsWith("The harbour reopened on Thursday"), page.body());
        ExtractedPage sentence = extract(TestPages.metaOnly("", """
                <p>By Thursday the harbour had reopened, Jane Roe wrote, after the storm damaged two of its piers.</p>
                <p>Fishing boats returned in the afternoon, and the ferry will run again from Saturday.</p>"""));
        assertTrue(sentence.body().startsWith("By Thursday the harbour"), "a sentence that starts with By stays: " + sentence.body());
    }

    @Test
    void withoutJsonLdMetaTagsAndMarkupAreRead() {
        ExtractedPage page = extract(TestPages.metaOnly("", """
                <p>The harbour reopened on Thursday after the storm damaged two of its three piers last week.</p>
                <p>Fishing boats returned in the afternoon, and the ferry will run again from Saturday.</p>"""));
        assertEquals("Harbour reopens after storm", page.title(), "<title> without the site's name");
        assertEquals(List.of("Jane Roe"), page.authors(), "\"By\" dropped");
        assertEquals(OffsetDateTime.parse("2023-11-02T00:00:00Z"), page.publishedAt(), "from <time>, a date alone at midnight UTC");
        assertEquals("https://coast.example.net/harbour", page.canonicalUrl());
        assertNull(page.language());
        assertNull(page.siteName());
        assertTrue(page.body().startsWith("The harbour reopened on Thursday"), page.body());
    }

    @Test
    void brokenMarkupParses() {
        ExtractedPage page = extract("""
                <html><head><title>Late trains</title><body><div><p>Trains ran late all morning after a signal failure
                near the junction, <b>the operator said<p>Services were back to normal by noon.</i></span></td>
                <p>Passengers may claim a refund online""");
        assertEquals("Late trains", page.title());
        assertTrue(page.body().contains("signal failure near the junction, the operator said"), page.body());
        assertTrue(page.body().contains("Passengers may claim a refund online"), page.body());
    }

    @Test
    void relativeLinksStayUnresolvedWithoutTheAddress() {
        ExtractedPage page = EXTRACTOR.extract(TestPages.NEWS.getBytes(StandardCharsets.UTF_8), null, null);
        assertNull(page.canonicalUrl(), "a relative canonical link cannot be made absolute");
        assertEquals(String.join("\n\n", TestPages.PARAGRAPHS), page.body());
    }

    @Test
    void whatIsNotHtmlIsRefusedSayingSo() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] text = "Just a line of plain text, with no markup at all in it.".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000".getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] bytes : List.of(png, text, pdf)) {
            UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> EXTRACTOR.extract(bytes, null, null));
            assertTrue(e.getMessage().startsWith("not HTML"), e.getMessage());
        }
    }

    @Test
    void aPageWithoutArticleTextIsRefusedSayingSo() {
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> extract(
                "<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav><h1>A</h1><p>B</p></body></html>"));
        assertEquals("no article text found in the page", e.getMessage());
    }

    @Test
    void tooDeepOrTooLargeIsRefusedBeforeTheContentIsLookedFor() {
        String deep = "<html><body>" + "<div>".repeat(150) + "<p>Words that would make an article if they were not so deep.</p>";
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> extract(deep));
        assertTrue(e.getMessage().contains("nested more than 100 deep"), e.getMessage());
        PageExtractor small = new PageExtractor(new PageExtractor.Limits(50, 100, 25));
        UnreadablePageException large = assertThrows(UnreadablePageException.class,
                () -> small.extract(TestPages.NEWS.getBytes(StandardCharsets.UTF_8), null, null));
        assertTrue(large.getMessage().contains("more than 50 elements"), large.getMessage());
    }

    @Test
    void anInterruptedExtractionStops() {
        Thread.currentThread().interrupt();
        try {
            UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> extract(TestPages.NEWS));
            assertTrue(e.getMessage().contains("deadline"), e.getMessage());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPageWithNoTitleIsNamedByItsFirstParagraph() {
        ExtractedPage page = extract("<html><body><article><p>The library opens a second reading room on Monday.</p>"
                + "<p>It will stay open until nine in the evening on weekdays.</p></article></body></html>");
        assertEquals("The library opens a second reading room on Monday.", page.title());
    }
}
