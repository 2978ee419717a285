package dev.news.summary.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names the recogniser split or mistyped, mended on hand-tagged sentences with a first-name list of the test's own. */
class NameRepairTest {

    private final NameRepair repair = new NameRepair(Set.of("carla", "anton"));

    private List<Mention> repaired(ParsedArticle a) {
        return repair.repair(a.sentences(), a.mentions());
    }

    @Test
    void aPeersDesignationJoinsTheName() {
        ParsedArticle a = HandTagged.article(
                "Lord/NNP/PERSON Hale/NNP/PERSON of/IN Tarnby/NNP/CITY ,/, a/DT former/JJ judge/NN ,/, spoke/VBD ./.");
        List<Mention> mentions = repaired(a);
        assertEquals(1, mentions.size(), mentions.toString());
        assertEquals("Lord Hale of Tarnby", mentions.get(0).text());
        assertEquals("PERSON", mentions.get(0).type());
        assertEquals(4, mentions.get(0).endToken());
    }

    @Test
    void anOfficeWithAFormOfAddressIsNotAPeer() {
        ParsedArticle a = HandTagged.article(
                "The/DT Lord/NNP Mayor/NNP/TITLE of/IN Tarnby/NNP/CITY spoke/VBD ./.",
                "Mrs/NNP Ek/NNP/PERSON of/IN Tarnby/NNP/CITY agreed/VBD ./.");
        assertEquals(a.mentions(), repaired(a));
    }

    @Test
    void aFirstNameAndASurnameUsedAloneAreAPersonWhateverTheTag() {
        ParsedArticle a = HandTagged.article(
                "Carla/NNP/ORGANIZATION Voss/NNP/ORGANIZATION ,/, the/DT new/JJ harbour/NN master/NN ,/, arrived/VBD ./.",
                "Voss/NNP signed/VBD the/DT papers/NNS ./.");
        assertEquals("PERSON", repaired(a).get(0).type());
    }

    @Test
    void anOrganisationStaysOneWithoutBothSigns() {
        // Not a first name; a first name whose second word the text never uses alone as a name.
        ParsedArticle a = HandTagged.article(
                "Harbour/NNP/ORGANIZATION Voss/NNP/ORGANIZATION won/VBD ./.",
                "Anton/NNP/ORGANIZATION Freight/NNP/ORGANIZATION said/VBD the/DT Freight/NNP unit/NN grew/VBD ./.",
                "Voss/NNP signed/VBD the/DT papers/NNS ./.");
        assertEquals(a.mentions(), repaired(a));
    }

    @Test
    void theFirstNamesShippedWithTheModelsAreRead() {
        NameRepair shipped = NameRepair.load();
        ParsedArticle a = HandTagged.article(
                "Maria/NNP/ORGANIZATION Voss/NNP/ORGANIZATION arrived/VBD ./.", "Voss/NNP signed/VBD the/DT papers/NNS ./.");
        assertEquals("PERSON", shipped.repair(a.sentences(), a.mentions()).get(0).type());
    }

    @Test
    void anOfficeTaggedAsAPersonOrAnOrganisationAfterOfIsNoDesignation() {
        ParsedArticle a = HandTagged.article(
                "Lord/NNP/PERSON Mayor/NNP/PERSON of/IN Tarnby/NNP/CITY spoke/VBD ./.",
                "Lord/NNP/PERSON Hale/NNP/PERSON of/IN Lund/NNP/ORGANIZATION Freight/NNP/ORGANIZATION spoke/VBD ./.");
        assertEquals(a.mentions(), repaired(a));
    }

    @Test
    void aSurnameAfterADeterminerIsNoPerson() {
        ParsedArticle a = HandTagged.article(
                "Carla/NNP/ORGANIZATION Post/NNP/ORGANIZATION grew/VBD ./.", "The/DT Post/NNP reported/VBD it/PRP ./.");
        assertEquals(a.mentions(), repaired(a));
    }
}
