package dev.news.summary.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page furniture cut out of sentences, and sentences split where a page lost their full stop. Hand-tagged. */
class GluedSentenceSplitterTest {

    private final GluedSentenceSplitter splitter = new GluedSentenceSplitter();

    private List<String> pieces(String tagged) {
        Sentence s = HandTagged.sentence(0, tagged);
        return splitter.split(List.of(s), HandTagged.mentions(s)).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void aCaptionGluedBeforeTheStoryBecomesItsOwnPiece() {
        assertEquals(List.of("Divers searched the lake", "The boat sank on Monday ."),
                pieces("Divers/NNS searched/VBD the/DT lake/NN The/DT boat/NN sank/VBD on/IN Monday/NNP/DATE ./."));
    }

    @Test
    void aPictureCreditInParenthesesIsCutOut() {
        assertEquals(List.of("The bridge reopened ."),
                pieces("(/( Ola/NNP Strand/NNP //SYM Pressbild/NNP )/) The/DT bridge/NN reopened/VBD ./."));
    }

    @Test
    void aShareButtonWithItsNoteIsCutOut() {
        assertEquals(List.of("Fares rose", "PRICES went up again ."),
                pieces("Fares/NNS rose/VBD Tap/VB to/TO share/VB on/IN Chirper/NNP (/( Opens/VBZ in/IN a/DT tab/NN )/) "
                        + "PRICES/NNP went/VBD up/RP again/RB ./."));
    }

    @Test
    void aScrollingPromptIsCutOutWhereverItStands() {
        assertEquals(List.of("The ferry was named after the captain ."),
                pieces("Scroll/VB down/RP for/IN video/NN The/DT ferry/NN was/VBD named/VBN after/IN the/DT captain/NN ./."));
        assertEquals(List.of("Crowds cheered the band"),
                pieces("Crowds/NNS cheered/VBD the/DT band/NN Swipe/VB left/RB to/TO see/VB more/JJR pictures/NNS"));
    }

    @Test
    void aSentenceGluedAfterANameStartsWithAWordThatOnlyOpensSentences() {
        assertEquals(List.of("Ann Roe was named the face of Acme", "The campaign shows her in a park ."),
                pieces("Ann/NNP Roe/NNP was/VBD named/VBN the/DT face/NN of/IN Acme/NNP The/DT campaign/NN shows/VBZ "
                        + "her/PRP in/IN a/DT park/NN ./."));
        // A capitalised article before another capitalised word may be a title: "Acme The Movie".
        assertEquals(1, pieces("She/PRP was/VBD cast/VBN in/IN Acme/NNP The/DT Movie/NNP which/WDT opens/VBZ soon/RB ./.").size());
    }

    @Test
    void aNameAfterAnArticleIsNoBoundary() {
        assertEquals(1, pieces("She/PRP told/VBD The/DT Courier/NNP she/PRP was/VBD fine/JJ ./.").size());
    }

    @Test
    void mentionsFollowTheirTokensIntoThePieces() {
        Sentence s = HandTagged.sentence(0, "Rain/NN fell/VBD all/DT day/NN Officials/NNS said/VBD Mr/NNP "
                + "Orr/NNP/PERSON left/VBD ./.");
        GluedSentenceSplitter.Result r = splitter.split(List.of(s), HandTagged.mentions(s));
        assertEquals(2, r.sentences().size());
        Mention orr = r.mentions().stream().filter(m -> m.text().equals("Orr")).findFirst().orElseThrow();
        assertEquals(1, orr.sentence());
        assertEquals("Orr", r.sentences().get(1).tokens().get(orr.firstToken()).word());
    }

    @Test
    void aDatelineIsMetadataWithItsPlaceKept() {
        Sentence s = HandTagged.sentence(0, "ARLEN/NNP/CITY ,/, Norland/NNP/COUNTRY (/( Wire/NNP )/) --/: The/DT mayor/NN "
                + "resigned/VBD ./.");
        GluedSentenceSplitter.Result r = splitter.split(List.of(s), HandTagged.mentions(s));
        assertNotNull(r.dateline());
        assertEquals("Arlen", r.dateline().place());
        assertEquals("The mayor resigned .", r.sentences().get(0).text());
    }

    @Test
    void aLineThatFallsIntoManyUnpunctuatedPiecesIsARunOfCaptions() {
        Sentence s = HandTagged.sentence(0, "Crews/NNS worked/VBD all/DT night/NN Rescuers/NNS dug/VBD by/IN hand/NN "
                + "Families/NNS waited/VBD nearby/RB");
        GluedSentenceSplitter.Result r = splitter.split(List.of(s), List.of());
        assertEquals(3, r.sentences().size());
        assertTrue(r.captions().containsAll(List.of(0, 1, 2)));
    }

    @Test
    void aNameGluedToAFormLabelKeepsItsPartInTheStory() {
        Sentence s = HandTagged.sentence(0, "Sorry/JJ ,/, try/VB again/RB later/RB Wrong/JJ/ORGANIZATION "
                + "Email/NN/ORGANIZATION Ada/NNP/ORGANIZATION Moor/NNP/ORGANIZATION is/VBZ back/RB ./.");
        GluedSentenceSplitter.Result r = splitter.split(List.of(s), HandTagged.mentions(s));
        assertEquals("Ada Moor is back .", r.sentences().get(r.sentences().size() - 1).text());
        Mention name = r.mentions().get(0);
        assertEquals("Ada Moor", name.text());
        assertEquals(r.sentences().size() - 1, name.sentence());
        assertEquals(0, name.firstToken());
    }
}
