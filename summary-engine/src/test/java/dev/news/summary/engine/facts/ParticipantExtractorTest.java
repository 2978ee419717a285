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

    private String roleOf(ParsedArticle article, String surname) {
        return extractor.extract(article).stream().filter(p -> p.name().endsWith(surname)).findFirst().orElseThrow()
                .role();
    }

    @Test
    void aLeadSpeakerDescribedByAnOrganisationsChiefIsTheNameThatFollows() {
        ParsedArticle a = HandTagged.article(
                "Fares/NNS will/MD rise/VB in/IN May/NNP/DATE ,/, Arlen/NNP/ORGANIZATION Line/NNP/ORGANIZATION "
                        + "'s/POS chief/NN has/VBZ said/VBN ./.",
                "Speaking/VBG in/IN Tartu/NNP/CITY ,/, Sofia/NNP/PERSON Lind/NNP/PERSON said/VBD fuel/NN cost/VBD "
                        + "more/JJR ./.");
        assertEquals("Arlen Line's chief", roleOf(a, "Lind"));
    }

    @Test
    void aDescriptionThatOnlySaysSomeoneIsAPersonIsNoRole() {
        ParsedArticle a = HandTagged.article(
                "Fares/NNS will/MD rise/VB in/IN May/NNP/DATE ,/, the/DT man/NN has/VBZ said/VBN ./.",
                "Sofia/NNP/PERSON Lind/NNP/PERSON said/VBD fuel/NN cost/VBD more/JJR ./.");
        assertNull(roleOf(a, "Lind"));
    }

    @Test
    void aSpeakerIntroducedInTheSentenceAfterTheLeadIsTheNameThatFollows() {
        ParsedArticle a = HandTagged.article(
                "Ferries/NNS may/MD soon/RB sail/VB without/IN crews/NNS ,/, says/VBZ a/DT study/NN ./.",
                "A/DT harbour/NN engineer/NN has/VBZ suggested/VBN that/IN pilots/NNS could/MD steer/VB from/IN "
                        + "shore/NN ./.",
                "Sofia/NNP/PERSON Lind/NNP/PERSON believes/VBZ the/DT first/JJ boats/NNS will/MD sail/VB soon/RB ./.");
        assertEquals("harbour engineer", roleOf(a, "Lind"));
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
