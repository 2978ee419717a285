package dev.news.summary.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.news.summary.engine.Participant;
import dev.news.summary.engine.text.HandTagged;
import dev.news.summary.engine.text.ParsedArticle;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Participants on hand-tagged sentences, where the recogniser's tags are what the test says. */
class ParticipantExtractorTest {

    private final ParticipantExtractor extractor = new ParticipantExtractor();

    private List<String> names(ParsedArticle article) {
        return extractor.extract(article).stream().map(Participant::name).toList();
    }

    @Test
    void aSingleWordTaggedAsAPersonAfterInIsAPlaceNotAParticipant() {
        ParsedArticle a = HandTagged.article(
                "Ferry/NN crews/NNS in/IN Arlen/NNP/PERSON returned/VBD to/TO work/NN ./.",
                "Union/NN leader/NN Marta/NNP/PERSON Olsen/NNP/PERSON said/VBD the/DT deal/NN was/VBD fair/JJ ./.");
        assertEquals(List.of("Marta Olsen"), names(a));
    }

    @Test
    void aSurnameAfterInStaysAPersonWhenTheTextNamesThemInFull() {
        ParsedArticle a = HandTagged.article(
                "Marta/NNP/PERSON Olsen/NNP/PERSON signed/VBD the/DT deal/NN ./.",
                "Crews/NNS put/VBD their/PRP$ trust/NN in/IN Olsen/NNP/PERSON ./.");
        assertEquals(List.of("Marta Olsen"), names(a));
        assertEquals(2, extractor.extract(a).get(0).mentions());
    }

    @Test
    void aDefiniteDescriptionInsideAQuotationGivesNoRole() {
        ParsedArticle quoted = HandTagged.article(
                "Jon/NNP/PERSON Dale/NNP/PERSON is/VBZ selling/VBG space/NN on/IN his/PRP$ van/NN ./.",
                "\"/`` The/DT buyer/NN picks/VBZ the/DT colours/NNS ,/, \"/'' he/PRP said/VBD ./.");
        assertNull(extractor.extract(quoted).get(0).role());
        ParsedArticle told = HandTagged.article(
                "Jon/NNP/PERSON Dale/NNP/PERSON is/VBZ selling/VBG space/NN on/IN his/PRP$ van/NN ./.",
                "The/DT engineer/NN said/VBD the/DT logo/NN was/VBD chosen/VBN ./.");
        assertEquals("engineer", extractor.extract(told).get(0).role());
    }
}
