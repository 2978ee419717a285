package dev.news.summary.engine.facts;

import dev.news.summary.engine.Evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.news.summary.engine.text.HandTagged;
import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;

import org.junit.jupiter.api.Test;

/** Roles read from the shape of the phrase around a name, on hand-tagged sentences. */
class RoleReaderTest {

    private final RoleReader reader = new RoleReader();

    private static Mention person(ParsedArticle article, String surname) {
        return article.mentions().stream().filter(m -> m.type().equals("PERSON") && m.text().endsWith(surname))
                .findFirst().orElseThrow();
    }

    private String roleOf(ParsedArticle article, String surname) {
        Role role = reader.near(article, person(article, surname));
        return role == null ? null : role.title();
    }

    @Test
    void nounsWrittenBeforeTheNameAreTheRole() {
        ParsedArticle a = HandTagged.article(
                "Harbour/NNP/ORGANIZATION Board/NNP/ORGANIZATION engineer/NN Lena/NNP/PERSON Voss/NNP/PERSON resigned/VBD ./.");
        assertEquals("Harbour Board engineer", roleOf(a, "Voss"));
        assertEquals("Harbour Board", reader.near(a, person(a, "Voss")).affiliation());
    }

    @Test
    void aListSharesTheRoleWrittenBeforeItsFirstName() {
        ParsedArticle a = HandTagged.article(
                "Veteran/JJ rowers/NNS Ada/NNP/PERSON Moor/NNP/PERSON and/CC Ivo/NNP/PERSON Brant/NNP/PERSON won/VBD ./.");
        assertEquals("Veteran rower", roleOf(a, "Moor"));
        assertEquals("Veteran rower", roleOf(a, "Brant"));
    }

    @Test
    void anAppositionAfterTheNameIsTheRole() {
        ParsedArticle a = HandTagged.article(
                "Tomas/NNP/PERSON Ek/NNP/PERSON ,/, 61/CD ,/, the/DT chairman/NN/TITLE of/IN the/DT ferry/NN company/NN ,/, "
                        + "said/VBD so/RB ./.");
        assertEquals("chairman of the ferry company", roleOf(a, "Ek"));
    }

    @Test
    void aRelativeCopulaStatesTheRole() {
        ParsedArticle a = HandTagged.article(
                "Mia/NNP/PERSON Sund/NNP/PERSON ,/, who/WP is/VBZ now/RB deputy/JJ leader/NN/TITLE ,/, spoke/VBD ./.");
        assertEquals("deputy leader", roleOf(a, "Sund"));
    }

    @Test
    void anAppositionBeforeANameThatEndsTheClause() {
        ParsedArticle a = HandTagged.article(
                "The/DT port/NN is/VBZ run/VBN by/IN its/PRP$ director/NN/TITLE for/IN trade/NN ,/, Olle/NNP/PERSON "
                        + "Rask/NNP/PERSON ./.");
        assertEquals("director for trade", roleOf(a, "Rask"));
    }

    @Test
    void asAfterTheVerbGivesTheSubjectsRoleButNotTheObjectsDescription() {
        ParsedArticle appointed = HandTagged.article(
                "Pia/NNP/PERSON Holm/NNP/PERSON was/VBD appointed/VBN as/IN head/JJ coach/NN/TITLE on/IN Monday/NNP/DATE ./.");
        assertEquals("head coach", roleOf(appointed, "Holm"));
        ParsedArticle described = HandTagged.article(
                "Pia/NNP/PERSON Holm/NNP/PERSON described/VBD the/DT win/NN as/IN the/DT highlight/NN of/IN her/PRP$ "
                        + "career/NN ./.");
        assertNull(roleOf(described, "Holm"));
    }

    @Test
    void aFormOfAddressIsNoRoleAndHidesNoOtherNoun() {
        ParsedArticle a = HandTagged.article(
                "Before/IN his/PRP$ arrest/NN Mr/NNP Lund/NNP/PERSON wrote/VBD a/DT blog/NN ./.");
        assertNull(roleOf(a, "Lund"));
    }

    @Test
    void aProgressiveVerbIsNoCopula() {
        ParsedArticle a = HandTagged.article(
                "Erik/NNP/PERSON Dahl/NNP/PERSON is/VBZ urging/VBG local/JJ leaders/NNS to/TO act/VB ./.");
        assertNull(roleOf(a, "Dahl"));
    }

    @Test
    void aDefiniteDescriptionOpeningAClauseIsReadAsARole() {
        ParsedArticle a = HandTagged.article(
                "Nils/NNP/PERSON Berg/NNP/PERSON opened/VBD the/DT bridge/NN ./.",
                "The/DT transport/NN minister/NN/TITLE said/VBD it/PRP was/VBD overdue/JJ ./.");
        Role role = reader.description(a, 1, 0);
        assertEquals("transport minister", role.title());
        assertEquals(1, role.evidence().sentence());
        assertNull(reader.description(a, 0, 2), "'the bridge' names no person");
    }

    @Test
    void aNounEndingInEurNamesAPersonByWhatTheyDo() {
        ParsedArticle a = HandTagged.article(
                "Nils/NNP/PERSON Berg/NNP/PERSON sold/VBD the/DT bakery/NN ./.",
                "The/DT entrepreneur/NN said/VBD he/PRP would/MD travel/VB ./.");
        assertEquals("entrepreneur", reader.description(a, 1, 0).title());
    }

    @Test
    void anAdjectiveUsedAsANounAfterANationalityIsTheRole() {
        ParsedArticle a = HandTagged.article(
                "She/PRP beat/VBD Norlandic/JJ/NATIONALITY international/JJ Ada/NNP/PERSON Moor/NNP/PERSON ./.");
        assertEquals("Norlandic international", roleOf(a, "Moor"));
        ParsedArticle plain = HandTagged.article("She/PRP beat/VBD tired/JJ Ada/NNP/PERSON Moor/NNP/PERSON ./.");
        assertNull(roleOf(plain, "Moor"));
    }

    @Test
    void aNominalAdjectiveSetOffBeforeTheName() {
        ParsedArticle a = HandTagged.article("Another/DT Norland/NNP/COUNTRY international/JJ ,/, Ada/NNP/PERSON "
                + "Moor/NNP/PERSON ,/, finished/VBD third/RB ./.");
        assertEquals("Norland international", roleOf(a, "Moor"));
    }

    @Test
    void aNounTheTaggerReadAsAnAdjectiveAfterANoun() {
        ParsedArticle a = HandTagged.article("Union/NN official/JJ Ada/NNP/PERSON Moor/NNP/PERSON said/VBD so/RB ./.");
        assertEquals("Union official", roleOf(a, "Moor"));
    }

    @Test
    void theOfficeOfTheNamesOwnNounAfterAs() {
        ParsedArticle a = HandTagged.article("Since/IN Ada/NNP/PERSON Moor/NNP/PERSON 's/POS appointment/NN as/IN "
                + "finance/NN director/NN/TITLE ,/, profits/NNS rose/VBD ./.");
        assertEquals("finance director", roleOf(a, "Moor"));
        ParsedArticle view = HandTagged.article("Ada/NNP/PERSON Moor/NNP/PERSON 's/POS record/NN as/IN a/DT "
                + "sign/NN of/IN strength/NN was/VBD clear/JJ ./.");
        assertNull(roleOf(view, "Moor"));
    }

    @Test
    void anAcademicRankIsTheRoleWhenNothingElseIs() {
        ParsedArticle a = HandTagged.article("However/RB ,/, Professor/NNP Ada/NNP/PERSON Moor/NNP/PERSON doubts/VBZ it/PRP ./.");
        assertEquals("Professor", roleOf(a, "Moor"));
        ParsedArticle address = HandTagged.article("However/RB ,/, Dr/NNP Ada/NNP/PERSON Moor/NNP/PERSON doubts/VBZ it/PRP ./.");
        assertNull(roleOf(address, "Moor"));
    }

    @Test
    void aRoleInBracketsBeforeTheName() {
        ParsedArticle a = HandTagged.article(
                "He/PRP thanked/VBD (/-LRB- harbour/NN master/NN/TITLE )/-RRB- Nils/NNP/PERSON Aas/NNP/PERSON ./.");
        assertEquals("harbour master", roleOf(a, "Aas"));
    }

    @Test
    void anUntaggedFirstNameBetweenTheRoleAndTheSurnameIsSkipped() {
        ParsedArticle a = HandTagged.article(
                "The/DT firm/NN lost/VBD its/PRP$ finance/NN director/NN/TITLE Oona/NNP Kettu/NNP/PERSON ./.");
        assertEquals("finance director", roleOf(a, "Kettu"));
    }

    @Test
    void theObjectOfAVerbTakesTheOfficeAfterAs() {
        ParsedArticle a = HandTagged.article(
                "The/DT club/NN replaced/VBD Pia/NNP/PERSON Lund/NNP/PERSON as/IN head/NN coach/NN/TITLE ./.");
        assertEquals("head coach", roleOf(a, "Lund"));
        ParsedArticle b = HandTagged.article(
                "The/DT club/NN saw/VBD Pia/NNP/PERSON Lund/NNP/PERSON as/IN a/DT threat/NN ./.");
        assertNull(roleOf(b, "Lund"));
    }

    @Test
    void aRelativeClauseAboutAThingGivesNoRole() {
        ParsedArticle a = HandTagged.article(
                "Ivo/NNP/PERSON Brant/NNP/PERSON ,/, which/WDT is/VBZ due/JJ to/TO issue/NN results/NNS ,/, fell/VBD ./.");
        assertNull(roleOf(a, "Brant"));
    }

    @Test
    void anOfficeIsPreferredToACircumstanceButNotToAnotherOffice() {
        ParsedArticle guest = HandTagged.article("Fellow/JJ guest/NN Ada/NNP/PERSON Moor/NNP/PERSON laughed/VBD ./.");
        ParsedArticle minister = HandTagged.article(
                "Ada/NNP/PERSON Moor/NNP/PERSON ,/, a/DT junior/JJ minister/NN/TITLE ,/, laughed/VBD ./.");
        ParsedArticle singer = HandTagged.article("Jazz/NN singer/NN Ada/NNP/PERSON Moor/NNP/PERSON laughed/VBD ./.");
        Role circumstance = reader.near(guest, person(guest, "Moor"));
        Role office = reader.near(minister, person(minister, "Moor"));
        Role trade = reader.near(singer, person(singer, "Moor"));
        assertFalse(circumstance.office());
        assertTrue(office.office());
        assertEquals("junior minister", Role.better(circumstance, office).title());
        assertEquals("Jazz singer", Role.better(trade, office).title());
        assertEquals("Fellow guest", Role.better(circumstance, null).title());
    }

    @Test
    void anOrganisationsInnerOfStaysInTheRoleAndATimeWordStaysOut() {
        ParsedArticle a = HandTagged.article(
                "Bank/NNP/ORGANIZATION of/IN/ORGANIZATION Arlen/NNP/ORGANIZATION governor/NN/TITLE Ola/NNP/PERSON "
                        + "Berg/NNP/PERSON said/VBD so/RB ./.",
                "Yesterday/NN/DATE Norland/NNP/COUNTRY 's/POS economy/NN minister/NN/TITLE Ivo/NNP/PERSON "
                        + "Brant/NNP/PERSON resigned/VBD ./.");
        assertEquals("Bank of Arlen governor", roleOf(a, "Berg"));
        assertEquals("Norland's economy minister", roleOf(a, "Brant"));
    }

    @Test
    void aPhraseOpeningTheSentenceDescribesTheSubjectAfterIt() {
        ParsedArticle a = HandTagged.article(
                "Formerly/RB one/CD of/IN the/DT minister/NN/TITLE 's/POS closest/JJS aides/NNS ,/, Ed/NNP/PERSON "
                        + "Moss/NNP/PERSON hinted/VBD at/IN a/DT giveaway/NN ./.",
                "Last/JJ year/NN ,/, Ada/NNP/PERSON Moor/NNP/PERSON won/VBD the/DT race/NN ./.");
        assertEquals("minister's closest aide", roleOf(a, "Moss"));
        assertNull(roleOf(a, "Moor"), "a time opening the sentence is no role");
    }

    @Test
    void aRoleBeforeANameFollowedByItsOrganisation() {
        ParsedArticle a = HandTagged.article(
                "According/VBG to/TO its/PRP$ lawyer/NN ,/, Ann/NNP/PERSON Roe/NNP/PERSON of/IN Roe/NNP/ORGANIZATION "
                        + "and/CC/ORGANIZATION Poe/NNP/ORGANIZATION ,/, the/DT claim/NN is/VBZ strong/JJ ./.");
        assertEquals("lawyer", roleOf(a, "Roe"));
    }

    @Test
    void eachNameAfterIncludingOrSuchAsIsOneOfTheGroup() {
        ParsedArticle a = HandTagged.article(
                "Singers/NNS including/VBG Sir/NNP Ada/NNP/PERSON Moor/NNP/PERSON and/CC Ivo/NNP/PERSON "
                        + "Brant/NNP/PERSON are/VBP recording/VBG a/DT song/NN ./.",
                "It/PRP features/VBZ artists/NNS such/JJ as/IN Lena/NNP/PERSON Voss/NNP/PERSON ./.");
        assertEquals("singer", roleOf(a, "Moor"));
        assertEquals("singer", roleOf(a, "Brant"));
        assertEquals("artist", roleOf(a, "Voss"));
        assertTrue(reader.near(a, person(a, "Voss")).shared());
    }

    @Test
    void onlyTheHeadOfARoleIsMadeSingular() {
        ParsedArticle a = HandTagged.article(
                "Ola/NNP/PERSON Berg/NNP/PERSON ,/, president/NN/TITLE of/IN one/CD of/IN the/DT city/NN 's/POS "
                        + "charities/NNS ,/, said/VBD so/RB ./.");
        assertEquals("president of one of the city's charities", roleOf(a, "Berg"));
    }

    @Test
    void aRoleStatedForThePersonOutranksOneSharedWithTheirGroup() {
        Evidence e = new Evidence(0, 0, 1);
        Role sharedOffice = new Role("singer", null, e, true, true);
        Role ownOffice = new Role("songwriter", null, e, true, false);
        Role ownCircumstance = new Role("guest", null, e, false, false);
        assertEquals(ownOffice, Role.better(sharedOffice, ownOffice));
        assertEquals(ownOffice, Role.better(ownOffice, sharedOffice));
        assertEquals(sharedOffice, Role.better(ownCircumstance, sharedOffice));
    }

    @Test
    void aPhraseRunningOnThroughOfTheMustNameAPersonAndTheRoleIsThePersonsNoun() {
        ParsedArticle a = HandTagged.article(
                "A/DT prize/NN in/IN honour/NN of/IN the/DT pioneering/JJ economist/NN ,/, Ada/NNP/PERSON "
                        + "Moor/NNP/PERSON ,/, was/VBD given/VBN ./.",
                "At/IN the/DT induction/NN of/IN the/DT Rovers/NNPS ,/, Ivo/NNP/PERSON Brant/NNP/PERSON ,/, sang/VBD ./.");
        assertEquals("pioneering economist", roleOf(a, "Moor"));
        assertNull(roleOf(a, "Brant"));
    }

    @Test
    void aNounTheAnimacyListsKnowAsAPersonHeadsAGroupsRole() {
        ParsedArticle a = HandTagged.article(
                "Executives/NNS including/VBG Ada/NNP/PERSON Moor/NNP/PERSON left/VBD the/DT bank/NN ./.");
        assertEquals("executive", roleOf(a, "Moor"));
    }
}
