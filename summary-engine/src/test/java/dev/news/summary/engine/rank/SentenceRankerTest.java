package dev.news.summary.engine.rank;

import dev.news.summary.engine.Length;
import dev.news.summary.engine.SummarySentence;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.StopWords;
import dev.news.summary.engine.text.Token;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ranker and selector on hand-built sentences: no language models are loaded. */
class SentenceRankerTest {

    private final SentenceRanker ranker = new SentenceRanker(new StopWords(), RankingWeights.trained());

    @Test
    void briefSummaryOfLeadStrongNewsKeepsTheOpening() {
        List<Sentence> text = sentences(
                "The city council approved a new tram line across the river on Tuesday .",
                "The tram line will link the river harbour with the council offices by 2030 .",
                "Council members voted twelve to three for the tram plan after a long debate .",
                "Critics of the plan said the river crossing would cost too much money .",
                "A bakery on the corner sold bread and cakes all week .",
                "The weather stayed mild and dry for most of the week .",
                "Local football fans cheered their team in the evening match .",
                "Schools in the area held their summer fair with music and games .");
        List<Integer> picked = indexes(select(text, new Length.Sentences(3)));
        assertTrue(picked.containsAll(List.of(0, 1)), picked::toString);
        assertTrue(picked.stream().allMatch(i -> i < 4), picked::toString);
    }

    @Test
    void longSummaryPrefersTheCentralSentenceToAnOffTopicOpening() {
        List<Sentence> text = sentences(
                "Rain fell on Monday .",
                "A lorry carrying apples overturned on the motorway near the bridge .",
                "Police closed the motorway while the lorry and the apples were cleared .",
                "The driver of the lorry was taken to hospital after the motorway crash .",
                "Apples from the overturned lorry covered the motorway near the bridge for hours .",
                "Drivers waited for hours on the motorway as police cleared the lorry .",
                "The bridge reopened in the evening .");
        SentenceRanker.Ranking ranking = ranker.rank(text, List.of(), new Length.Words(80));
        int best = 0;
        for (int i = 1; i < text.size(); i++) {
            if (ranking.scores()[i] > ranking.scores()[best]) {
                best = i;
            }
        }
        assertNotEquals(0, best);
        assertTrue(text.get(best).text().contains("lorry") && text.get(best).text().contains("motorway"));
    }

    @Test
    void briefnessFollowsTheRequestedLength() {
        List<Sentence> text = sentences("One two three four five .", "Six seven eight nine ten .",
                "Eleven twelve thirteen fourteen fifteen .", "Sixteen seventeen eighteen nineteen twenty .",
                "A b c d e .", "F g h i j .", "K l m n o .", "P q r s t .");
        assertEquals(1.0, SentenceRanker.briefness(text, new Length.Sentences(3)));
        assertEquals(0.0, SentenceRanker.briefness(text, new Length.Sentences(6)));
        assertEquals(1.0, SentenceRanker.briefness(text, new Length.Words(15)));
        assertEquals(0.0, SentenceRanker.briefness(text, new Length.Ratio(1.0)));
    }

    @Test
    void aSentenceOpeningWithAPronounNeverOpensTheSummary() {
        List<Sentence> text = sentences(
                "The minister visited the flooded village on Friday .",
                "Residents showed her the damaged homes .",
                "She promised money for new flood defences within a year .");
        double[] scores = {0.2, 0.1, 1.0};
        SentenceRanker.Ranking ranking = new SentenceRanker.Ranking(scores, identity(3));
        List<SummarySentence> one = new SummarySelector(0.75).select(text, ranking, new Length.Sentences(1));
        assertEquals(List.of(0), indexes(one));
        List<SummarySentence> two = new SummarySelector(0.75).select(text, ranking, new Length.Sentences(2));
        assertEquals(List.of(0, 2), indexes(two));
    }

    @Test
    void aQuotationIsNotTornFromItsSpeaker() {
        List<Sentence> text = sentences(
                "The club appointed a new coach on Monday .",
                "`` We will play fast football .",
                "The fans deserve it , '' the coach said .",
                "The season starts in August .");
        double[] scores = {0.5, 1.0, 0.1, 0.3};
        SentenceRanker.Ranking ranking = new SentenceRanker.Ranking(scores, identity(4));
        List<SummarySentence> picked = new SummarySelector(0.75).select(text, ranking, new Length.Sentences(2));
        assertEquals(List.of(1, 2), indexes(picked));
        List<SummarySentence> single = new SummarySelector(0.75).select(text, ranking, new Length.Sentences(1));
        assertEquals(List.of(0), indexes(single));
    }

    private List<SummarySentence> select(List<Sentence> text, Length length) {
        return new SummarySelector(0.75).select(text, ranker.rank(text, List.of(), length), length);
    }

    private static List<Integer> indexes(List<SummarySentence> summary) {
        return summary.stream().map(SummarySentence::index).toList();
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    /** One sentence per string, tokens split on spaces, with a rough part of speech from the word's form. */
    static List<Sentence> sentences(String... texts) {
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < texts.length; s++) {
            List<Token> tokens = new ArrayList<>();
            int position = offset;
            for (String word : texts[s].split(" ")) {
                tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), pos(word, tokens.isEmpty()), "O", null,
                        position, position + word.length(), position, position + word.length()));
                position += word.length() + 1;
            }
            String text = texts[s].replace("`` ", "\"").replace(" ''", "\"").replace(" .", ".").replace(" ,", ",");
            out.add(new Sentence(s, 0, text, offset, position - 1, tokens));
            offset = position;
        }
        return out;
    }

    private static String pos(String word, boolean first) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals("``")) {
            return "``";
        }
        if (word.equals("''")) {
            return "''";
        }
        if (List.of("he", "she", "they", "it", "her", "we").contains(lower)) {
            return "PRP";
        }
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return word;
        }
        if (Character.isDigit(word.charAt(0))) {
            return "CD";
        }
        return Character.isUpperCase(word.charAt(0)) && !first ? "NNP" : "NN";
    }
}
