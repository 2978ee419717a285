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
    void anOfficeOfANamedBodyBeforeTheNameIsTheWholeRole() {
        ParsedArticle a = HandTagged.article(
                "Critics/NNS said/VBD that/IN Warden/NNP/TITLE of/IN the/DT Northern/NNP Marches/NNP Eva/NNP/PERSON "
                        + "Brandt/NNP/PERSON 's/POS plan/NN failed/VBD ./.");
        assertEquals("Warden of the Northern Marches", roleOf(a, "Brandt"));
    }

    @Test
    void anAppositionReadsThroughTheJoiningSignOfAnOrganisationsName() {
        ParsedArticle a = HandTagged.article(
                "\"/`` Prices/NNS rose/VBD ,/, \"/'' said/VBD Per/NNP/PERSON Alm/NNP/PERSON ,/, an/DT economist/NN/TITLE "
                        + "at/IN Lund/NNP/ORGANIZATION &/CC/ORGANIZATION Sons/NNPS/ORGANIZATION ./.");
        assertEquals("economist at Lund & Sons", roleOf(a, "Alm"));
        assertEquals("Lund & Sons", reader.near(a, person(a, "Alm")).affiliation());
    }

    @Test
    void anAppositionThroughAnOrganisationsNameTooLongForARoleStopsAtItsJoiningWord() {
        ParsedArticle a = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, head/NN of/IN Lund/NNP/ORGANIZATION and/CC/ORGANIZATION "
                        + "Berg/NNP/ORGANIZATION North/NNP/ORGANIZATION Harbour/NNP/ORGANIZATION Timber/NNP/ORGANIZATION "
                        + "Mills/NNPS/ORGANIZATION Trading/NNP/ORGANIZATION Company/NNP/ORGANIZATION ,/, spoke/VBD ./.");
        assertEquals("head of Lund", roleOf(a, "Alm"));
    }

    @Test
    void aRelativeClauseAfterAnAppositionEndsTheRole() {
        ParsedArticle a = HandTagged.article(
                "Dr/NNP Ines/NNP/PERSON Falk/NNP/PERSON ,/, a/DT researcher/NN at/IN the/DT Arlen/NNP/ORGANIZATION "
                        + "Institute/NNP/ORGANIZATION who/WP studies/VBZ tides/NNS ,/, spoke/VBD ./.");
        assertEquals("researcher at the Arlen Institute", roleOf(a, "Falk"));
    }

    @Test
    void anOrganisationsShortNameInBracketsEndsTheRole() {
        ParsedArticle a = HandTagged.article(
                "Ines/NNP/PERSON Falk/NNP/PERSON ,/, head/NN of/IN marketing/NN at/IN Arlen/NNP/ORGANIZATION "
                        + "Ferries/NNPS/ORGANIZATION (/-LRB- AF/NNP/ORGANIZATION )/-RRB- ,/, said/VBD so/RB ./.");
        assertEquals("head of marketing at Arlen Ferries", roleOf(a, "Falk"));
    }

    @Test
    void aNounThatOnlySaysSomeoneIsAPersonIsNoRoleBeforeARelativeClause() {
        ParsedArticle a = HandTagged.article(
                "Ines/NNP/PERSON Falk/NNP/PERSON ,/, the/DT woman/NN who/WP raised/VBD the/DT alarm/NN ,/, "
                        + "spoke/VBD ./.");
        assertNull(roleOf(a, "Falk"));
    }

    @Test
    void twoPeopleJoinedByAndAreNoOneOffice() {
        ParsedArticle a = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON 's/POS car/NN hit/VBD a/DT wall/NN ./.",
                "The/DT driver/NN and/CC passenger/NN were/VBD taken/VBN to/TO hospital/NN ./.");
        assertNull(reader.description(a, 1, 0));
        ParsedArticle office = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON spoke/VBD ./.",
                "The/DT culture/NN and/CC tourism/NN secretary/NN/TITLE said/VBD no/DT ./.");
        assertEquals("culture and tourism secretary", reader.description(office, 1, 0).title());
    }

    @Test
    void anOfficeOfABodyDescribedBeforeItsNameIsTheWholeRole() {
        ParsedArticle a = HandTagged.article(
                "But/CC general/JJ secretary/NN/TITLE of/IN the/DT harbour/NN workers/NNS union/NN "
                        + "Norrlink/NNP/ORGANIZATION Jon/NNP/PERSON Roe/NNP/PERSON criticised/VBD it/PRP ./.");
        assertEquals("general secretary of the harbour workers union Norrlink", roleOf(a, "Roe"));
    }

    @Test
    void aNounTheTaggerTookForAVerbBetweenATeamAndANameIsTheRole() {
        ParsedArticle a = HandTagged.article(
                "Tide/NNP/ORGANIZATION Rovers/NNS/ORGANIZATION captain/VBP Jon/NNP/PERSON Roe/NNP/PERSON "
                        + "has/VBZ warned/VBN rivals/NNS ./.");
        assertEquals("Tide Rovers captain", roleOf(a, "Roe"));
        assertEquals("Tide Rovers", reader.near(a, person(a, "Roe")).affiliation());
        // Where the word is the verb, the name is its object.
        ParsedArticle verb = HandTagged.article(
                "Banks/NNS in/IN Norland/NNP/COUNTRY sponsor/VBP Jon/NNP/PERSON Roe/NNP/PERSON 's/POS team/NN ./.");
        assertNull(roleOf(verb, "Roe"));
    }

    @Test
    void anOrganisationsNameKeepsItsOpeningDeterminer() {
        ParsedArticle a = HandTagged.article(
                "Readers/NNS trust/VBP The/DT/ORGANIZATION Harbour/NNP/ORGANIZATION Times/NNP/ORGANIZATION critic/NN "
                        + "Ada/NNP/PERSON Moor/NNP/PERSON ./.");
        assertEquals("The Harbour Times critic", roleOf(a, "Moor"));
        // At the start of a sentence "The" may be the sentence's own.
        ParsedArticle opening = HandTagged.article(
                "The/DT/ORGANIZATION Harbour/NNP/ORGANIZATION Times/NNP/ORGANIZATION critic/NN Ada/NNP/PERSON "
                        + "Moor/NNP/PERSON liked/VBD it/PRP ./.");
        assertEquals("Harbour Times critic", roleOf(opening, "Moor"));
    }

    @Test
    void aColonAfterAnAppositionEndsTheRole() {
        ParsedArticle a = HandTagged.article(
                "Ines/NNP/PERSON Falk/NNP/PERSON ,/, author/NN of/IN the/DT harbour/NN report/NN :/: Tides/NNS "
                        + "and/CC Ports/NNS ,/, said/VBD so/RB ./.");
        assertEquals("author of the harbour report", roleOf(a, "Falk"));
    }

    @Test
    void aParticipleAfterTheHeadOpensAClauseAboutThePerson() {
        ParsedArticle a = HandTagged.article(
                "Ines/NNP/PERSON Falk/NNP/PERSON ,/, the/DT lawyer/NN leading/VBG the/DT inquiry/NN ,/, said/VBD so/RB ./.");
        assertEquals("lawyer", roleOf(a, "Falk"));
        ParsedArticle film = HandTagged.article(
                "The/DT film/NN starred/VBD Ada/NNP/PERSON Moor/NNP/PERSON as/IN a/DT sailor/NN stranded/VBN by/IN "
                        + "a/DT storm/NN ./.");
        assertEquals("sailor", roleOf(film, "Moor"));
        // A participle that goes on to a noun is a word of the title.
        ParsedArticle title = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, group/NN managing/VBG director/NN of/IN Arlen/NNP/ORGANIZATION "
                        + "Ferries/NNPS/ORGANIZATION ,/, said/VBD so/RB ./.");
        assertEquals("group managing director of Arlen Ferries", roleOf(title, "Alm"));
        // Nor is a participle a clause after a noun that names no person.
        ParsedArticle signing = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, the/DT team/NN 's/POS summer/NN signing/VBG ,/, scored/VBD ./.");
        assertEquals("team's summer signing", roleOf(signing, "Alm"));
    }

    @Test
    void anAppositionLongerThanARoleKeepsTheHeadBeforeItsComplement() {
        ParsedArticle a = HandTagged.article(
                "Ines/NNP/PERSON Falk/NNP/PERSON ,/, director/NN general/JJ of/IN the/DT Norland/NNP/COUNTRY 's/POS "
                        + "Confederation/NNP/ORGANIZATION of/IN/ORGANIZATION Harbour/NNP/ORGANIZATION "
                        + "Industry/NNP/ORGANIZATION ,/, said/VBD so/RB ./.");
        assertEquals("director general", roleOf(a, "Falk"));
    }

    @Test
    void aYearMayOpenTheRole() {
        ParsedArticle a = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, the/DT 1998/CD champion/NN ,/, won/VBD again/RB ./.");
        assertEquals("1998 champion", roleOf(a, "Alm"));
        // Other numbers open no role.
        ParsedArticle age = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, 34/CD years/NNS old/JJ ,/, won/VBD again/RB ./.");
        assertNull(roleOf(age, "Alm"));
        ParsedArticle behind = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, two/CD shots/NNS behind/IN the/DT leader/NN ,/, "
                        + "putted/VBD last/JJ ./.");
        assertNull(roleOf(behind, "Alm"));
    }

    @Test
    void anAcademicRankTakenIntoTheNameIsStillTheRole() {
        ParsedArticle a = HandTagged.article(
                "The/DT answer/NN ,/, says/VBZ Prof/NNP/PERSON Lund/NNP/PERSON ,/, is/VBZ tides/NNS ./.");
        assertEquals("Professor", roleOf(a, "Lund"));
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
                "Nils/NNP/PERSON Berg/NNP/PERSON opened/VBD a/DT fish/NN bar/NN ./.",
                "The/DT restaurateur/NN said/VBD it/PRP seats/VBZ twenty/CD ./.");
        assertEquals("restaurateur", reader.description(a, 1, 0).title());
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
                "On/IN Friday/NNP/DATE Norland/NNP/COUNTRY 's/POS fisheries/NNS minister/NN/TITLE Ivo/NNP/PERSON "
                        + "Brant/NNP/PERSON opened/VBD the/DT market/NN ./.");
        assertEquals("Bank of Arlen governor", roleOf(a, "Berg"));
        assertEquals("Norland's fisheries minister", roleOf(a, "Brant"));
    }

    @Test
    void aPhraseOpeningTheSentenceDescribesTheSubjectAfterIt() {
        ParsedArticle a = HandTagged.article(
                "Once/RB one/CD of/IN the/DT port/NN 's/POS junior/JJ clerks/NNS ,/, Ed/NNP/PERSON "
                        + "Moss/NNP/PERSON now/RB runs/VBZ it/PRP ./.",
                "Last/JJ week/NN ,/, Ada/NNP/PERSON Moor/NNP/PERSON painted/VBD the/DT boat/NN ./.");
        assertEquals("port's junior clerk", roleOf(a, "Moss"));
        assertNull(roleOf(a, "Moor"), "a time opening the sentence is no role");
    }

    @Test
    void aRoleBeforeANameFollowedByItsOrganisation() {
        ParsedArticle a = HandTagged.article(
                "The/DT accounts/NNS were/VBD signed/VBN by/IN its/PRP$ accountant/NN ,/, Ann/NNP/PERSON "
                        + "Roe/NNP/PERSON of/IN Lund/NNP/ORGANIZATION and/CC/ORGANIZATION Berg/NNP/ORGANIZATION ./.");
        assertEquals("accountant", roleOf(a, "Roe"));
    }

    @Test
    void eachNameAfterIncludingOrSuchAsIsOneOfTheGroup() {
        ParsedArticle a = HandTagged.article(
                "Drivers/NNS including/VBG Sir/NNP Ada/NNP/PERSON Moor/NNP/PERSON and/CC Ivo/NNP/PERSON "
                        + "Brant/NNP/PERSON raced/VBD on/IN the/DT beach/NN ./.",
                "The/DT fair/NN shows/VBZ potters/NNS such/JJ as/IN Lena/NNP/PERSON Voss/NNP/PERSON ./.");
        assertEquals("driver", roleOf(a, "Moor"));
        assertEquals("driver", roleOf(a, "Brant"));
        assertEquals("potter", roleOf(a, "Voss"));
        assertTrue(reader.near(a, person(a, "Voss")).shared());
    }

    @Test
    void onlyTheHeadOfARoleIsMadeSingular() {
        ParsedArticle a = HandTagged.article(
                "Ola/NNP/PERSON Berg/NNP/PERSON ,/, treasurer/NN of/IN one/CD of/IN the/DT port/NN 's/POS "
                        + "rowing/NN clubs/NNS ,/, paid/VBD the/DT bill/NN ./.");
        assertEquals("treasurer of one of the port's rowing clubs", roleOf(a, "Berg"));
    }

    @Test
    void aRoleStatedForThePersonOutranksOneSharedWithTheirGroup() {
        Evidence e = new Evidence(0, 0, 1);
        Role sharedOffice = new Role("driver", null, e, true, true);
        Role ownOffice = new Role("mechanic", null, e, true, false);
        Role ownCircumstance = new Role("guest", null, e, false, false);
        assertEquals(ownOffice, Role.better(sharedOffice, ownOffice));
        assertEquals(ownOffice, Role.better(ownOffice, sharedOffice));
        assertEquals(sharedOffice, Role.better(ownCircumstance, sharedOffice));
    }

    @Test
    void aPhraseRunningOnThroughOfTheMustNameAPersonAndTheRoleIsThePersonsNoun() {
        ParsedArticle a = HandTagged.article(
                "A/DT statue/NN of/IN the/DT town/NN 's/POS first/JJ doctor/NN ,/, Ada/NNP/PERSON "
                        + "Moor/NNP/PERSON ,/, was/VBD unveiled/VBN ./.",
                "At/IN the/DT reopening/NN of/IN the/DT Seaview/NNP ,/, Ivo/NNP/PERSON Brant/NNP/PERSON ,/, sang/VBD ./.");
        assertEquals("town's first doctor", roleOf(a, "Moor"));
        assertNull(roleOf(a, "Brant"));
    }

    @Test
    void aNounTheAnimacyListsKnowAsAPersonHeadsAGroupsRole() {
        ParsedArticle a = HandTagged.article(
                "Captains/NNS including/VBG Ada/NNP/PERSON Moor/NNP/PERSON met/VBD at/IN the/DT quay/NN ./.");
        assertEquals("captain", roleOf(a, "Moor"));
    }

    @Test
    void aTimeOrAnInfinitiveBeforeTheNameIsNoRole() {
        ParsedArticle a = HandTagged.article(
                "Last/JJ week/NN Arne/NNP/PERSON Holt/NNP/PERSON resigned/VBD ./.",
                "She/PRP is/VBZ back/RB to/TO face/NN Ida/NNP/PERSON Moe/NNP/PERSON in/IN May/NNP/DATE ./.",
                "He/PRP went/VBD on/RP to/IN beat/NN Ola/NNP/PERSON Berg/NNP/PERSON ./.",
                "They/PRP owed/VBD it/PRP to/IN skipper/NN Per/NNP/PERSON Alm/NNP/PERSON ./.",
                "Lund/NNP/PERSON passed/VBD to/IN centre/NN Eva/NNP/PERSON Dahl/NNP/PERSON ,/, who/WP scored/VBD ./.");
        assertNull(roleOf(a, "Holt"));
        assertNull(roleOf(a, "Moe"));
        assertNull(roleOf(a, "Berg"));
        assertEquals("skipper", roleOf(a, "Alm"));
        assertEquals("centre", roleOf(a, "Dahl"));
    }

    @Test
    void aPersonsNounAndAParticipleBeforeTheNameOpenAClause() {
        ParsedArticle a = HandTagged.article(
                "Lawyers/NNS representing/VBG former/JJ harbour/NN master/NN Arne/NNP/PERSON Holt/NNP/PERSON "
                        + "asked/VBD for/IN bail/NN ./.",
                "The/DT deputy/NN planning/VBG director/NN Ida/NNP/PERSON Moe/NNP/PERSON left/VBD ./.");
        assertEquals("former harbour master", roleOf(a, "Holt"));
        assertEquals("deputy planning director", roleOf(a, "Moe"));
    }

    @Test
    void aThingsNounBeforeANameThatGoesOnAsASubjectOrAnOwnerIsTheObjectOfTheClauseBefore() {
        ParsedArticle a = HandTagged.article(
                "Critics/NNS attacked/VBD the/DT fishing/NN quota/NN Arne/NNP/PERSON Holt/NNP/PERSON has/VBZ "
                        + "kept/VBN ./.",
                "They/PRP doubt/VBP the/DT pace/NN Ida/NNP/PERSON Moe/NNP/PERSON 's/POS crew/NN keeps/VBZ ./.",
                "Police/NNS are/VBP studying/VBG complaints/NNS Ola/NNP/PERSON Berg/NNP/PERSON made/VBD ./.",
                "Later/RB the/DT ferry/NN pilot/NN Eva/NNP/PERSON Lund/NNP/PERSON has/VBZ said/VBN so/RB ./.");
        assertNull(roleOf(a, "Holt"));
        assertNull(roleOf(a, "Moe"));
        assertNull(roleOf(a, "Berg"));
        assertEquals("ferry pilot", roleOf(a, "Lund"));
    }

    @Test
    void anOwnerOrAnOfficeInThePhraseKeepsAThingsNounARole() {
        ParsedArticle a = HandTagged.article(
                "The/DT party/NN 's/POS chair/NN Ida/NNP/PERSON Moe/NNP/PERSON said/VBD the/DT vote/NN was/VBD "
                        + "fair/JJ ./.",
                "Later/RB the/DT deputy/NN/TITLE chair/NN Per/NNP/PERSON Alm/NNP/PERSON said/VBD so/RB ./.");
        assertEquals("party's chair", roleOf(a, "Moe"));
        assertEquals("deputy chair", roleOf(a, "Alm"));
    }

    @Test
    void aThingAfterAPrepositionOpeningTheSentenceIsThePrepositionsObject() {
        ParsedArticle a = HandTagged.article(
                "Under/IN the/DT deal/NN Ida/NNP/PERSON Moe/NNP/PERSON ,/, the/DT trust/NN 's/POS chair/NN ,/, "
                        + "will/MD step/VB down/RP ./.");
        assertEquals("trust's chair", roleOf(a, "Moe"));
    }

    @Test
    void aPhraseAfterTheCommaThatIsTheNextClausesSubjectIsNoApposition() {
        ParsedArticle a = HandTagged.article(
                "Painted/VBN by/IN Arne/NNP/PERSON Holt/NNP/PERSON ,/, the/DT mural/NN was/VBD restored/VBN ./.",
                "Ida/NNP/PERSON Moe/NNP/PERSON ,/, an/DT analyst/NN at/IN Lund/NNP/ORGANIZATION Bank/NNP/ORGANIZATION "
                        + "told/VBD reporters/NNS that/IN rates/NNS would/MD rise/VB ./.");
        assertNull(roleOf(a, "Holt"));
        assertEquals("analyst at Lund Bank", roleOf(a, "Moe"));
    }

    @Test
    void aDescriptionMissingItsClosingCommaAfterANameThatOpensTheClauseIsStillTheRole() {
        ParsedArticle a = HandTagged.article(
                "Ida/NNP/PERSON Moe/NNP/PERSON ,/, chair/NN of/IN the/DT Arlen/NNP/ORGANIZATION Trust/NNP/ORGANIZATION "
                        + "said/VBD the/DT pier/NN would/MD close/VB ./.",
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, The/DT Arlen/NNP/ORGANIZATION Post/NNP/ORGANIZATION 's/POS "
                        + "political/JJ editor/NN ,/, said/VBD so/RB ./.",
                "Eva/NNP/PERSON Dahl/NNP/PERSON ,/, a/DT close/JJ Arne/NNP/PERSON Holt/NNP/PERSON ally/NN ,/, "
                        + "said/VBD so/RB ./.");
        assertEquals("chair of the Arlen Trust", roleOf(a, "Moe"));
        assertEquals("Arlen Post's political editor", roleOf(a, "Alm"));
        assertEquals("close Arne Holt ally", roleOf(a, "Dahl"));
    }

    @Test
    void aListOfNamesATitleOrAPluralAfterTheCommaIsNoApposition() {
        ParsedArticle a = HandTagged.article(
                "Guests/NNS included/VBD Arne/NNP/PERSON Holt/NNP/PERSON ,/, skipper/NN Ola/NNP/PERSON Berg/NNP/PERSON "
                        + "and/CC Eva/NNP/PERSON Lund/NNP/PERSON ./.",
                "The/DT chart/NN lists/VBZ Ida/NNP/PERSON Moe/NNP/PERSON ,/, The/DT Tide/NN and/CC the/DT Gulls/NNPS ./.",
                "Then/RB Per/NNP/PERSON Alm/NNP/PERSON ,/, carry/NN water/NN jugs/NNS to/TO cousin/NN "
                        + "Ada/NNP/PERSON ./.");
        assertNull(roleOf(a, "Holt"));
        assertNull(roleOf(a, "Moe"));
        assertNull(roleOf(a, "Alm"));
    }

    @Test
    void andMayJoinTheModifiersOfOnePersonsNounButNotTwoRoles() {
        ParsedArticle a = HandTagged.article(
                "Ida/NNP/PERSON Moe/NNP/PERSON ,/, a/DT harbour/NN and/CC customs/NNS officer/NN at/IN "
                        + "Arlen/NNP/ORGANIZATION Port/NNP/ORGANIZATION ,/, spoke/VBD ./.",
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, head/NN of/IN Lund/NNP/ORGANIZATION and/CC chairman/NN of/IN "
                        + "Berg/NNP/ORGANIZATION ,/, spoke/VBD ./.");
        assertEquals("harbour and customs officer at Arlen Port", roleOf(a, "Moe"));
        assertEquals("head of Lund", roleOf(a, "Alm"));
    }

    @Test
    void aParticipleThatOpensAnOfficeKeepsTheApposition() {
        ParsedArticle a = HandTagged.article(
                "\"/`` Yes/UH ,/, \"/'' said/VBD Ida/NNP/PERSON Moe/NNP/PERSON ,/, managing/VBG/TITLE director/NN/TITLE "
                        + "of/IN Lund/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ./.",
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, speaking/VBG in/IN Tartu/NNP/CITY ,/, agreed/VBD ./.");
        assertEquals("managing director of Lund Bank", roleOf(a, "Moe"));
        assertNull(roleOf(a, "Alm"));
    }

    @Test
    void aDashSetsOffAnAppositionAsACommaDoes() {
        ParsedArticle a = HandTagged.article(
                "The/DT claim/NN was/VBD backed/VBN by/IN Ida/NNP/PERSON Moe/NNP/PERSON -/: a/DT former/JJ "
                        + "harbour/NN historian/NN -/: last/JJ week/NN ./.");
        assertEquals("former harbour historian", roleOf(a, "Moe"));
    }

    @Test
    void anOfficeInCapitalsAfterTheNameIsARoleAndWhatFollowsItStillCounts() {
        ParsedArticle a = HandTagged.article(
                "Ida/NNP/PERSON Moe/NNP/PERSON MP/NNP ,/, the/DT party/NN 's/POS harbours/NNS spokeswoman/NN ,/, "
                        + "said/VBD so/RB ./.",
                "Per/NNP/PERSON Alm/NNP/PERSON QC/NNP warned/VBD the/DT court/NN ./.");
        assertEquals("party's harbours spokeswoman", roleOf(a, "Moe"));
        assertEquals("QC", roleOf(a, "Alm"));
    }

    @Test
    void aWordTheAnimacyListsKnowAsAPersonIsANounBeforeTheNameEvenTaggedAsAnAdjective() {
        ParsedArticle a = HandTagged.article(
                "Harbour/NNP/ORGANIZATION Board/NNP/ORGANIZATION (/-LRB- HB/NNP/ORGANIZATION )/-RRB- chief/JJ "
                        + "Ida/NNP/PERSON Moe/NNP/PERSON resigned/VBD ./.",
                "Fans/NNS cheered/VBD the/DT talented/JJ Per/NNP/PERSON Alm/NNP/PERSON ./.");
        assertEquals("chief", roleOf(a, "Moe"));
        assertNull(roleOf(a, "Alm"));
    }

    @Test
    void aNounNamingAPersonMayStandBeforeAFormOfAddress() {
        ParsedArticle a = HandTagged.article(
                "Ballet/NN impresario/NN Sir/NNP Ola/NNP/PERSON Berg/NNP/PERSON opened/VBD the/DT hall/NN ./.",
                "Before/IN his/PRP$ arrest/NN Mr/NNP Per/NNP/PERSON Alm/NNP/PERSON ran/VBD a/DT shop/NN ./.",
                "Witnesses/NNS told/VBD police/NNS Mr/NNP Eva/NNP/PERSON Dahl/NNP/PERSON had/VBD fled/VBN ./.");
        assertEquals("Ballet impresario", roleOf(a, "Berg"));
        assertNull(roleOf(a, "Alm"));
        assertNull(roleOf(a, "Dahl"));
    }

    @Test
    void anAppositionBeforeANameWithItsFormsOfAddress() {
        ParsedArticle a = HandTagged.article(
                "Critics/NNS ,/, including/VBG the/DT Bishop/NNP/TITLE of/IN Arlen/NNP/CITY ,/, the/DT Rt/NNP Rev/NNP "
                        + "Per/NNP/PERSON Alm/NNP/PERSON ,/, said/VBD it/PRP would/MD fail/VB ./.");
        assertEquals("Bishop of Arlen", roleOf(a, "Alm"));
    }

    @Test
    void anAppositionMayEndWhereARelativeClauseWithoutWhoBegins() {
        ParsedArticle a = HandTagged.article(
                "She/PRP was/VBD joined/VBN by/IN Ida/NNP/PERSON Moe/NNP/PERSON ,/, the/DT harbour/NN master/NN "
                        + "she/PRP played/VBD on/IN stage/NN ./.",
                "For/IN Per/NNP/PERSON Alm/NNP/PERSON ,/, the/DT defeat/NN he/PRP suffered/VBD in/IN Tartu/NNP/CITY "
                        + "was/VBD the/DT low/JJ point/NN ./.");
        assertEquals("harbour master", roleOf(a, "Moe"));
        assertNull(roleOf(a, "Alm"));
    }

    @Test
    void aNounAfterAPrepositionBeforeAsIsTheVerbsObjectNotTheNames() {
        ParsedArticle a = HandTagged.article(
                "Ida/NNP/PERSON Moe/NNP/PERSON pointed/VBD to/TO Norland/NNP/COUNTRY as/IN the/DT biggest/JJS "
                        + "exporter/NN of/IN timber/NN ./.");
        assertNull(roleOf(a, "Moe"));
    }

    @Test
    void aParticipleBeforeAPersonsNounThatIsItsObjectOpensAClause() {
        ParsedArticle a = HandTagged.article(
                "Per/NNP/PERSON Alm/NNP/PERSON ,/, visiting/VBG family/NN in/IN Tartu/NNP/CITY ,/, said/VBD so/RB ./.",
                "Ida/NNP/PERSON Moe/NNP/PERSON ,/, acting/VBG chief/NN of/IN the/DT Arlen/NNP/ORGANIZATION "
                        + "Museum/NNP/ORGANIZATION ,/, said/VBD so/RB ./.");
        assertNull(roleOf(a, "Alm"));
        assertEquals("acting chief of the Arlen Museum", roleOf(a, "Moe"));
    }

    @Test
    void anAdjectiveAfterADeterminerOrAnAdverbIsNoRoleEvenIfItCanNameAPerson() {
        ParsedArticle a = HandTagged.article(
                "Police/NNS said/VBD the/DT elderly/JJ Ida/NNP/PERSON Moe/NNP/PERSON had/VBD died/VBN ./.",
                "Now/RB elderly/JJ ,/, Per/NNP/PERSON Alm/NNP/PERSON still/RB swims/VBZ daily/RB ./.",
                "Eva/NNP/PERSON Dahl/NNP/PERSON beat/VBD her/PRP$ rival/JJ Ola/NNP/PERSON Berg/NNP/PERSON ./.");
        assertNull(roleOf(a, "Moe"));
        assertNull(roleOf(a, "Alm"));
        assertEquals("rival", roleOf(a, "Berg"));
    }

    @Test
    void whatFollowsADashIsADescriptionOnlyWhenClosedOrWhenItNamesAPersonAndEndsTheSentence() {
        ParsedArticle a = HandTagged.article(
                "Tartu/NNP/ORGANIZATION won/VBD thanks/NNS to/TO Per/NNP/PERSON Alm/NNP/PERSON -/: the/DT striker/NN "
                        + "scored/VBD twice/RB ./.",
                "The/DT boat/NN is/VBZ named/VBN after/IN Ida/NNP/PERSON Moe/NNP/PERSON -/: the/DT night/JJ "
                        + "pilot/NN of/IN the/DT ferry/NN ./.",
                "The/DT plan/NN was/VBD backed/VBN by/IN Ola/NNP/PERSON Berg/NNP/PERSON -/: who/WP is/VBZ a/DT "
                        + "former/JJ harbour/NN master/NN -/: last/JJ week/NN ./.");
        assertNull(roleOf(a, "Alm"));
        assertEquals("night pilot of the ferry", roleOf(a, "Moe"));
        assertEquals("former harbour master", roleOf(a, "Berg"));
    }

    @Test
    void aNameAfterAConjunctionInAnOpeningPhraseDoesNotOpenTheClause() {
        ParsedArticle a = HandTagged.article(
                "Designed/VBN by/IN Ida/NNP/PERSON Moe/NNP/PERSON and/CC Per/NNP/PERSON Alm/NNP/PERSON ,/, the/DT "
                        + "new/JJ pier/NN is/VBZ 300/CD metres/NNS long/JJ ./.");
        assertNull(roleOf(a, "Alm"));
    }

    @Test
    void capitalsThatEndTheClauseAfterTheNameAreNoOffice() {
        ParsedArticle a = HandTagged.article(
                "The/DT award/NN went/VBD to/TO Per/NNP/PERSON Alm/NNP/PERSON OBE/NNP ./.",
                "To/TO face/NN Ida/NNP/PERSON Moe/NNP/PERSON in/IN the/DT final/NN ,/, she/PRP must/MD win/VB ./.",
                "The/DT bill/NN was/VBD introduced/VBN by/IN Ola/NNP/PERSON Berg/NNP/PERSON MP/NNP ./.");
        assertNull(roleOf(a, "Alm"));
        assertNull(roleOf(a, "Moe"));
        assertEquals("MP", roleOf(a, "Berg"));
    }

    @Test
    void aLowerCaseWordTaggedAsAProperNounIsACommonNounWhenItNamesAPerson() {
        ParsedArticle a = HandTagged.article(
                "Harbour/NNP/ORGANIZATION playmaker/NNP Ida/NNP/PERSON Moe/NNP/PERSON scored/VBD twice/RB ./.",
                "The/DT story/NN of/IN Baron/NNP della/NNP Ola/NNP/PERSON Berg/NNP/PERSON was/VBD filmed/VBN ./.",
                "Prices/NNS will/MD rise/VB ,/, says/NNP Per/NNP/PERSON Alm/NNP/PERSON ./.");
        assertEquals("Harbour playmaker", roleOf(a, "Moe"));
        assertNull(roleOf(a, "Berg"));
        assertNull(roleOf(a, "Alm"));
    }

    @Test
    void afterAnotherNameOrAPrepositionOnlyAPersonsNounBeforeTheCommaIsARole() {
        ParsedArticle a = HandTagged.article(
                "Critics/NNS praised/VBD the/DT Ida/NNP/PERSON Moe/NNP/PERSON biopic/NN ,/, Tide/NNP/PERSON ./.",
                "Critics/NNS quoted/VBD the/DT Moe/NNP/PERSON aide/NN ,/, Per/NNP/PERSON Alm/NNP/PERSON ./.",
                "In/IN a/DT statement/NN ,/, Mr/NNP Ola/NNP/PERSON Berg/NNP/PERSON ,/, 61/CD ,/, said/VBD so/RB ./.");
        assertNull(roleOf(a, "Tide"));
        assertEquals("aide", roleOf(a, "Alm"));
        assertNull(roleOf(a, "Berg"));
    }
}
