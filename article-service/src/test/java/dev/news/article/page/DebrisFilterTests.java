package dev.news.article.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DebrisFilterTests {

    private static String cleaned(String body) {
        Document page = Jsoup.parse("<html><body>" + body + "</body></html>");
        DebrisFilter.clean(page);
        return page.body().text();
    }

    @Test
    void aLinkInsideASentenceStaysWhateverItsClass() {
        String text = cleaned("""
                <p>I am a <a class="popup" href="#" onclick="note(1)">rather elderly</a> man, and the nature of my
                <span class="ad">advocacy</span> work has brought me into contact with many clerks.</p>
                <p><a class="popup" href="/win">Win a weekend by the sea</a></p>
                <div class="story-share"><a class="share" href="#">Share</a> <a class="share" href="#">Email</a></div>""");
        assertTrue(text.contains("I am a rather elderly man, and the nature of my advocacy work has brought me"), text);
        assertFalse(text.contains("Win a weekend"), "a link standing alone is still debris: " + text);
        assertFalse(text.contains("Share"), text);
    }

    @Test
    void anElementOfClassHiddenIsLeftOutUnlessAWideScreenShowsIt() {
        String text = cleaned("""
                <p>The ferry now runs twice a day.</p>
                <p class="likes">Liked by <span class="expanded hidden">Ann, Bo, Cy, Dee, Eli, Fay, Gus, Hal</span></p>
                <p class="hidden md:block">Timetables are posted at the harbour.</p>""");
        assertFalse(text.contains("Ann, Bo"), text);
        assertTrue(text.contains("Timetables are posted at the harbour."), text);
    }

    @Test
    void aBlockNamedForLackingFurnitureIsNotFurniture() {
        String text = cleaned("""
                <div class="item no-promo"><h2>The ferry now runs twice a day, the harbour master said.</h2></div>
                <div class="item"><p>Timetables are posted at the harbour, and the ticket office opens an hour before the first
                boat.</p><p>Cars must be in the queue twenty minutes before departure, bicycles ten.</p>
                <p class="caption">The harbour at dawn.</p></div>""");
        assertTrue(text.contains("The ferry now runs twice a day"), text);
        assertFalse(text.contains("The harbour at dawn."), text);
    }
}
