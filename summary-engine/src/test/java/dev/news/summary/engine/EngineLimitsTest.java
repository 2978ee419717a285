package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Texts built to exhaust the engine (one endless "sentence", thousands of tiny ones) get a bounded analysis, or none. */
class EngineLimitsTest {

    private final SummaryEngine engine = SharedEngine.get();

    @Test
    void anEndlessSentenceIsAnalysedInChunks() {
        // One "sentence" of 25,000 tokens once went to the tagger whole; a chunk has at most 200 tokens of a few characters.
        assertChunked("Mr. ".repeat(250_000));
        assertChunked(IntStream.rangeClosed(0, 150_000).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
    }

    @Test
    void thousandsOfTinySentencesAreLimited() {
        Analysis analysis = engine.summarize(new Document("Title", "Yes! No? ".repeat(20_000), null), new Length.Ratio(1.0));
        assertTrue(analysis.summary().size() <= EngineConfig.DEFAULT_MAX_SENTENCES, "ranked " + analysis.summary().size());
        assertTrue(analysis.summary().get(analysis.summary().size() - 1).index() < EngineConfig.DEFAULT_MAX_SENTENCES);
    }

    @Test
    void anInterruptedAnalysisEndsWithoutAResult() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(AnalysisStoppedException.class,
                    () -> engine.summarize(new Document("Talks", "Negotiators met in Vienna on Monday. They agreed.", null), null));
        } finally {
            Thread.interrupted();
        }
        assertFalse(engine.summarize(new Document("Talks", "Negotiators met in Vienna on Monday.", null), null).summary().isEmpty());
    }

    private void assertChunked(String text) {
        Analysis analysis = engine.summarize(new Document(null, text, null), Length.defaultLength());
        assertFalse(analysis.summary().isEmpty());
        for (SummarySentence s : analysis.summary()) {
            assertTrue(s.text().length() <= EngineConfig.DEFAULT_MAX_SENTENCE_TOKENS * 20,
                    "a sentence of " + s.text().length() + " characters was analysed whole");
        }
    }
}
