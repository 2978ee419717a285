package dev.news.summary.engine.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.news.summary.engine.text.HandTagged;

import org.junit.jupiter.api.Test;

/** What lies outside a sentence's main clause, on hand-tagged sentences. */
class ClausesTest {

    private static boolean[] flags(String tagged) {
        return Clauses.subordinate(HandTagged.sentence(0, tagged).tokens());
    }

    @Test
    void relativeClauseAndParticipleAreSubordinate() {
        boolean[] f = flags("Ann/NNP ,/, who/WP lives/VBZ in/IN Arlen/NNP ,/, spoke/VBD in/IN Berwick/NNP ./.");
        assertTrue(f[5], "Arlen is where she lives");
        assertFalse(f[8], "Berwick is where she spoke");
    }

    @Test
    void anotherTimeAndAFormerClubAreSubordinate() {
        boolean[] ahead = flags("Leaders/NNS met/VBD ahead/RB of/IN a/DT summit/NN in/IN Arlen/NNP ./.");
        assertTrue(ahead[7]);
        boolean[] former = flags("He/PRP returned/VBD to/TO former/JJ club/NN Berwick/NNP in/IN May/NNP ./.");
        assertTrue(former[5]);
        assertFalse(former[7]);
    }

    @Test
    void aQuotationIsSubordinate() {
        boolean[] f = flags("\"/`` We/PRP love/VBP Arlen/NNP \"/'' ,/, she/PRP said/VBD ./.");
        assertTrue(f[3]);
        assertFalse(f[7]);
    }

    @Test
    void aRelativeClauseWithoutACommaEndsAtTheMainVerb() {
        boolean[] f = flags("An/DT officer/NN who/WP served/VBD in/IN Arlen/NNP is/VBZ camping/VBG near/IN Berwick/NNP ./.");
        assertTrue(f[5], "Arlen is where he served");
        assertFalse(f[9], "Berwick is where he camps");
    }

    @Test
    void anAppositionGoesOnAfterAnAgeUnlessAVerbFollows() {
        boolean[] seat = flags("Ann/NNP/PERSON Roe/NNP/PERSON ,/, 58/CD ,/, MP/NNP for/IN Arlen/NNP ,/, resigned/VBD ./.");
        assertTrue(seat[7], "Arlen is her seat");
        boolean[] died = flags("Ann/NNP/PERSON Roe/NNP/PERSON ,/, 58/CD ,/, died/VBD in/IN Arlen/NNP ./.");
        assertFalse(died[7], "Arlen is where she died");
    }
}
