package dev.news.article.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ContentFinderTests {

    private static final ContentFinder FINDER = new ContentFinder();
    private static final String PARAGRAPH = "<p>The ferry company added a second boat on the island route this summer, and the "
            + "crossing now takes forty minutes, a quarter of an hour less than last year, the harbour master said.</p>";

    private static String found(String body) {
        return found(body, null);
    }

    private static String found(String body, String title) {
        ContentFinder.Found found = FINDER.find(Jsoup.parse("<html><body>" + body + "</body></html>"), null, title);
        return found.content() == null ? "" : found.content().text();
    }

    // Over 500 characters of text outside the article: Readability4J does not look again when it drops the article.
    @Test
    void aWrapperNamedForItsLayoutStillHoldsTheArticle() {
        String text = found("""
                <div id="storyContentWithSidebar"><div id="post"><p>Island ferry gets a second boat.</p>%s</div></div>
                <p>This site and everything on it may be shared under a licence that lets anyone copy it, change it and
                pass it on, as long as they name where it came from and share what they make in the same way, with no
                further conditions attached to any of it.</p>
                <p>Views written here are the author's own, not those of any employer, past or present, nor of any group
                or organisation the author belongs to or has belonged to, and nobody else should be held to them, in
                this year or in any other year to come.</p>
                <p>Letters about anything written here are welcome by post, and the ones that are kind, short or both may
                be printed in the next issue, with the name of the sender left out when the sender asks for that.</p>""".formatted(PARAGRAPH.repeat(2)));
        assertTrue(text.contains("second boat on the island route"), text);
    }

    @Test
    void footnotesAreTextOfTheArticle() {
        String text = found("<article>" + PARAGRAPH.repeat(4) + """
                <div class="footnotes"><ol><li>Timetables of the ferry company for the years before and after the change,
                as printed at the harbour.</li></ol></div></article>""");
        assertTrue(text.contains("Timetables of the ferry company"), text);
    }

    @Test
    void formulasStayInTheirSentence() {
        String text = found("<article>" + PARAGRAPH.repeat(4) + """
                <p>The timetable follows <span class="MathJax formula-menu"><math><mi>t</mi><mo>=</mo><mn>40</mn></math>
                </span> minutes for each crossing.</p></article>""");
        assertTrue(text.contains("follows t=40 minutes"), text);
    }

    @Test
    void aWrapperNamedForSharingStaysWhenItHoldsText() {
        String text = found("<article>" + PARAGRAPH.repeat(3) + "<div class=\"story-text\" id=\"share-tools-2_container\">"
                + PARAGRAPH.replace("ferry", "night ferry").repeat(3) + "</div>"
                + "<div class=\"story-share\"><a href=\"#\">Share</a> <a href=\"#\">Post</a></div></article>");
        assertTrue(text.contains("night ferry"), text);
        assertFalse(text.contains("Share"), "a share bar is still left out: " + text);
    }

    // Each part sits four levels above its paragraphs, as layouts that put a sidebar beside each part nest it.
    @Test
    void anArticleInSeveralDeepPartsIsFoundWhole() {
        String part = "<div class=\"part\"><div><div><div>%s</div></div></div></div>";
        String text = found("<div>" + part.formatted(PARAGRAPH.replace("ferry", "early ferry").repeat(8))
                + part.formatted(PARAGRAPH.repeat(12)) + "</div>");
        assertTrue(text.contains("early ferry"), text);
    }

    // Each paragraph a block of its own, as some editors write them: a short one is a paragraph too.
    @Test
    void aShortParagraphOfWordsStaysAndAShortLabelOrLinkGoes() {
        String block = "<div class=\"para\"><div><span>%s</span></div></div>";
        String paragraph = block.formatted(PARAGRAPH.replaceAll("</?p>", ""));
        String text = found("<article>" + paragraph.repeat(2) + block.formatted("They both took one.") + paragraph
                + block.formatted("Advertisement") + block.formatted("<a href=\"/more\">More from the coast</a>") + paragraph
                + "</article>");
        assertTrue(text.contains("They both took one."), text);
        assertFalse(text.contains("Advertisement"), text);
        assertFalse(text.contains("More from the coast"), text);
    }

    // A table of results whose cells show ticks as images, with a heading cell classed like page furniture.
    @Test
    void aDataTableStaysWithItsImagesAndHeadingCells() {
        String row = "<tr><td>%s</td><td><img src=\"/tick.png\"></td><td><img src=\"/tick.png\"></td></tr>";
        String table = "<table><tr><th></th><th class=\"table-header\">Summer timetable</th><th>Winter timetable</th></tr>"
                + row.formatted("Island route") + row.formatted("Coast route") + "</table>";
        String text = found("<article>" + PARAGRAPH.repeat(2) + table + PARAGRAPH.repeat(2) + "</article>");
        assertTrue(text.contains("Island route"), text);
        assertTrue(text.contains("Summer timetable"), text);
    }

    // A short story beside a block of tags: every pass finds under 500 characters, and only the first, which leaves out
    // the sidebar as unlikely, finds the story; the last pass chooses the tags, whose commas outscore the story.
    @Test
    void whenEveryPassFindsLittleTheLongestIsKept() {
        String story = "<p>The night ferry to the island will not run this winter because its only boat is going to the yard "
                + "for a new engine and will be back in spring.</p>";
        String tags = "<p>Tags: ferry, island, winter, boats, engines, yards, harbour, spring, timetable, sea.</p>";
        String text = found("<div><div><div>" + story.repeat(3) + "</div></div></div>"
                + "<div><div><div class=\"sidebar\">" + tags.repeat(3) + "</div></div></div>");
        assertTrue(text.contains("night ferry"), text);
        assertFalse(text.contains("Tags"), text);
    }

    // A list of sources and a list of sections under their headings: blocks that hold list items are not lists unless
    // they are almost all list.
    @Test
    void aBlockThatIsAlmostAllListIsJudgedAsAList() {
        String contents = """
                <div><h2>Contents</h2><ul><li><a href="#route">1 The island route</a></li>
                <li><a href="#boat">2 The second boat</a></li><li><a href="#fares">3 Fares and passes</a></li>
                <li><a href="#winter">4 The winter timetable</a></li><li><a href="#views">5 What the harbour says</a></li>
                </ul></div>""";
        String sources = """
                <div class="notes"><ol><li><a href="#n1">^</a> Harbour office, <a href="/timetables">timetables of the ferry
                company</a>, summer edition.</li><li><a href="#n2">^</a> Minutes of the council's transport meeting, read
                out at the harbour.</li></ol></div>""";
        String text = found("<article>" + contents + PARAGRAPH.repeat(4) + sources + "</article>");
        assertTrue(text.contains("The second boat"), text);
        assertTrue(text.contains("Minutes of the council's transport meeting"), text);
    }

    // Without its byline the line of dates is too short to join the story; with it, it is taken for a paragraph.
    @Test
    void aBylineMarkedAsTheAuthorIsLeftOut() {
        String text = found("""
                <article><p class="meta">The Harbour Times | 4 June 2024, 9:30 | updated 5 June 2024, 18:10 |
                <span itemprop="author"><a href="/staff/lind">Ana Lind</a> (with Per Holm and Eva Dahl)</span></p>
                <div class="article-text">%s</div></article>""".formatted(PARAGRAPH.repeat(4)));
        assertTrue(text.contains("second boat"), text);
        assertFalse(text.contains("Per Holm"), text);
        assertFalse(text.contains("Harbour Times"), text);
    }

    // The headline says it in fewer words than the title; a subheading made of other words stays.
    @Test
    void theFirstHeadingThatRepeatsTheTitleIsLeftOut() {
        String text = found("<article><h1>Island ferry: a second boat</h1>" + PARAGRAPH.repeat(2) + "<h2>Fares stay the same</h2>"
                + PARAGRAPH.repeat(2) + "</article>", "Second boat for the island ferry this summer");
        assertFalse(text.contains("Island ferry:"), text);
        assertTrue(text.contains("Fares stay the same"), text);
    }

    // The story's commas are full-width ones; the notice beside it has longer paragraphs and no comma at all.
    @Test
    void commasOfOtherScriptsCountAsCommas() {
        String story = "<p>渡轮公司今年夏天在岛屿航线上增加了第二艘船，航程现在只需四十分钟，比去年少了一刻钟，港务长周二说。</p>";
        String notice = "<p>Timetables for every route of the ferry company can be found at the harbour office and at the town "
                + "library on weekdays.</p>";
        String text = found("<div><div><div>" + story.repeat(6) + "</div></div></div><div><div><div>" + notice.repeat(5)
                + "</div></div></div>");
        assertTrue(text.contains("第二艘船"), text);
    }

    // Half of the block's text is in links, but they lead to parts of the same page.
    @Test
    void linksWithinThePageWeighLessThanLinksAway() {
        String pointers = """
                <div><p>The changes are listed under <a href="#summer">the summer timetable</a> and <a href="#winter">the
                winter timetable</a>.</p><p>Fares are under <a href="#fares">fares and passes</a>, below.</p></div>""";
        String text = found("<article>" + PARAGRAPH.repeat(2) + pointers + PARAGRAPH.repeat(2) + "</article>");
        assertTrue(text.contains("The changes are listed under"), text);
    }

    @Test
    void anAsideIsNotTextOfTheArticle() {
        String aside = """
                <aside><p>Our reporter has covered the coast for ten years, and writes a weekly letter on the harbour, its
                boats and the people who work on them, for readers in the town and further away.</p></aside>""";
        String text = found("<article>" + PARAGRAPH.repeat(2) + aside + PARAGRAPH.repeat(2) + "</article>");
        assertTrue(text.contains("second boat"), text);
        assertFalse(text.contains("weekly letter"), text);
    }
}
