package dev.news.article.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ParagraphWriterTests {

    private static String written(String body) {
        return ParagraphWriter.write(Jsoup.parse("<html><body>" + body + "</body></html>").body());
    }

    @Test
    void runsOfTextWrappedAsInlineParagraphsStayOneParagraph() {
        String body = """
                <div><p style="display: inline;" class="readability-styled">The new timetable appears in print on</p>
                <p style="display: inline;" class="readability-styled">Page</p><p style="display:inline">B</p>
                <p style="display: inline;">of the harbour edition.</p><p>Boats leave at nine.</p></div>""";
        assertEquals("The new timetable appears in print on Page B of the harbour edition.\n\nBoats leave at nine.", written(body));
    }

    @Test
    void aPageTitleCarriedIntoTheContentIsNotBodyText() {
        String body = """
                <div><meta charset="utf-8"><title>Harbour news: the ferry</title><style>p { color: red; }</style>
                <p>The ferry runs twice a day.</p></div>""";
        assertEquals("The ferry runs twice a day.", written(body));
    }
}
