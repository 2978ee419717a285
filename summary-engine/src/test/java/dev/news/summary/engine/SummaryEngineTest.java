package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryEngineTest {

    private static final String ARTICLE = """
            The city council of Northbridge approved a new budget for public libraries on Monday after a long debate.

            The budget adds funding for twelve branches and extends opening hours on weekends.
            Photo: Library entrance in the old town (Getty Images)

            Council members argued for hours about the cost of the library plan. Sign up to our morning newsletter

            Supporters of the library budget said the branches had been underfunded for a decade. Read more: Council news

            Opponents warned that the library plan could force cuts to road repairs next year.
            Critics also said the council had ignored the views of residents in the northern districts.
            The mayor said the first new branches would open in the spring.
            Share this article
            """;

    private final SummaryEngine engine = SharedEngine.get();

    @Test
    void nameAndVersionAreExposed() {
        assertEquals("news-extractive", SummaryEngine.NAME);
        assertFalse(SummaryEngine.VERSION.isBlank());
    }

    @Test
    void emptyOrBlankTextIsRejectedNamingTheField() {
        InvalidTextException empty = assertThrows(InvalidTextException.class,
                () -> engine.summarize(new Document("t", "", null), new Length.Sentences(3)));
        assertTrue(empty.getMessage().contains("text"));
        assertThrows(InvalidTextException.class, () -> engine.facts(new Document("t", "  \n\t ", null)));
        assertThrows(InvalidTextException.class, () -> engine.summarize(new Document("t", null, null), null));
    }

    @Test
    void debrisNeverReachesTheSummary() {
        Analysis analysis = engine.summarize(new Document("Council approves library budget", ARTICLE, null),
                new Length.Ratio(1.0));
        for (SummarySentence s : analysis.summary()) {
            String t = s.text().toLowerCase();
            assertFalse(t.contains("newsletter"), s.text());
            assertFalse(t.contains("photo:"), s.text());
            assertFalse(t.contains("getty"), s.text());
            assertFalse(t.contains("read more"), s.text());
            assertFalse(t.contains("share this"), s.text());
        }
        assertTrue(analysis.summary().size() >= 6);
    }

    @Test
    void offsetsPointIntoTheOriginalTextInArticleOrder() {
        String text = "The \u201Cfirst\u201D sentence is here.\n\nA second  sentence   follows it. And a third one ends.";
        List<SummarySentence> summary = engine.summarize(new Document("", text, null), new Length.Ratio(1.0))
                .summary();
        assertEquals(3, summary.size());
        assertEquals("The \u201Cfirst\u201D sentence is here.", text.substring(summary.get(0).start(),
                summary.get(0).end()));
        assertEquals("The \"first\" sentence is here.", summary.get(0).text());
        assertEquals("A second  sentence   follows it.", text.substring(summary.get(1).start(), summary.get(1).end()));
        for (int i = 1; i < summary.size(); i++) {
            assertTrue(summary.get(i - 1).index() < summary.get(i).index());
        }
    }

    @Test
    void sentenceCountAndRatioAreHonoured() {
        Document doc = new Document("Council approves library budget", ARTICLE, null);
        assertEquals(2, engine.summarize(doc, new Length.Sentences(2)).summary().size());
        assertEquals(3, engine.summarize(doc, null).summary().size());
        int all = engine.summarize(doc, new Length.Ratio(1.0)).summary().size();
        int half = engine.summarize(doc, new Length.Ratio(0.5)).summary().size();
        assertEquals(Math.round(all * 0.5), half);
        assertEquals(all, engine.summarize(doc, new Length.Sentences(100)).summary().size());
    }

    @Test
    void wordBudgetIsNeverExceeded() {
        Document doc = new Document("Council approves library budget", ARTICLE, null);
        for (int budget : new int[] {1, 5, 12, 20, 33, 50, 80, 1000}) {
            List<SummarySentence> summary = engine.summary(doc, new Length.Words(budget));
            int words = summary.stream().mapToInt(s -> s.text().strip().split("\\s+").length).sum();
            assertTrue(words <= budget, "budget " + budget + " used " + words);
            assertFalse(summary.isEmpty(), "budget " + budget);
        }
    }

    @Test
    void oneSentenceAndNoBoundaryGiveTheWholeText() {
        String one = "A single short sentence about a quiet harbour town.";
        List<SummarySentence> s1 = engine.summarize(new Document("", one, null), new Length.Sentences(3)).summary();
        assertEquals(1, s1.size());
        assertEquals(one, s1.get(0).text());
        assertEquals(0, s1.get(0).start());
        assertEquals(one.length(), s1.get(0).end());

        String unbroken = "words without any punctuation at all just running on and on";
        Analysis a = engine.summarize(new Document(null, unbroken, null), new Length.Sentences(3));
        assertEquals(1, a.summary().size());
        assertEquals(unbroken, a.summary().get(0).text());
        assertNotNull(a.facts());
    }

    @Test
    void veryShortAndNonEnglishTextsGiveADefinedResult() {
        Analysis tiny = engine.summarize(new Document("", "Hi", null), new Length.Sentences(3));
        assertEquals(1, tiny.summary().size());
        String german = "Der Hund läuft schnell über die Wiese. Die Katze schläft im Garten neben dem Haus.";
        Analysis de = engine.summarize(new Document("Tiere", german, null), new Length.Sentences(1));
        assertEquals(1, de.summary().size());
        assertNotNull(de.facts().participants());
        String chinese = "今天天气很好。我们去公园散步。";
        Analysis zh = engine.summarize(new Document("", chinese, null), new Length.Words(3));
        assertNotNull(zh.summary());
        Analysis junk = engine.summarize(new Document("", "\uFFFD\uFFFD <br> ??? ...", null), new Length.Sentences(2));
        assertNotNull(junk.summary());
    }
}
