package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Engine 2 key facts end to end, on short invented stories: roles, venue or none, debris inside sentences. */
class KeyFactsTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2023-03-02T09:00:00Z");

    private final SummaryEngine engine = SharedEngine.get();

    private Analysis analyse(String title, String text) {
        return engine.summarize(new Document(title, text, PUBLISHED), Length.defaultLength());
    }

    private static Participant named(Facts facts, String surname) {
        return facts.participants().stream().filter(p -> p.name().endsWith(surname)).findFirst().orElseThrow();
    }

    @Test
    void aLaterDefiniteDescriptionGivesTheRoleAndPointsAtItsSentence() {
        Facts f = analyse("Bridge tolls to end",
                "Tolls on the Harbour Bridge will end in May, Mr Oskar Lindgren announced on Monday. "
                        + "The transport minister said the bridge had paid for itself. Critics called the move late.")
                .facts();
        Participant lindgren = named(f, "Lindgren");
        assertEquals("transport minister", lindgren.role());
        assertNotNull(lindgren.roleEvidence());
        assertEquals(1, lindgren.roleEvidence().sentence());
    }

    @Test
    void aDefiniteDescriptionInsideAQuotationIsTheSpeakersWordsNotARole() {
        Facts f = analyse("Honey by the harbour",
                "Jon Dale, from Arlen, sells honey from a stall by the harbour. "
                        + "\"The buyer picks the jar and the label,\" he said. The stall closes on Friday.")
                .facts();
        assertNull(named(f, "Dale").role());
    }

    @Test
    void aLeadThatDescribesItsActorIsLinkedToTheNameThatFollows() {
        Facts f = analyse("Mill boss steps down",
                "The chief executive of a struggling paper mill has resigned after a year of losses. "
                        + "Margit Sorensen said she was leaving for family reasons. The board thanked her.")
                .facts();
        Participant first = f.participants().get(0);
        assertEquals("Margit Sorensen", first.name());
        assertTrue(first.role().contains("chief executive"), first.role());
    }

    @Test
    void aLeadThatDescribesItsActorWithAQualifierOrARelativeClause() {
        Facts qualified = analyse("Depot manager admits error",
                "The former finance manager at freight operator Norrlink has admitted in court that she signed false invoices. "
                        + "Speaking at the trial of her former boss Otto Brask, Hedda Lien said she had been told to sign.")
                .facts();
        assertEquals("Hedda Lien", qualified.participants().get(0).name());
        assertEquals("former finance manager", qualified.participants().get(0).role());
        Facts relative = analyse("Former pilot on protest",
                "A retired airline pilot who flew for thirty years is camping outside the ministry. "
                        + "Arvid Strand, 64, says he was denied his pension.")
                .facts();
        assertEquals("Arvid Strand", relative.participants().get(0).name());
        assertTrue(relative.participants().get(0).role().contains("pilot"), relative.participants().get(0).role());
    }

    @Test
    void aLeadThatDescribesItsSpeakerGivesTheRoleToTheNameThatFollows() {
        Facts f = analyse("Ferry fares frozen",
                "Fares on the island ferries will be frozen next year, the Transport and Harbours Secretary has said. "
                        + "Ingrid Vold said the freeze would cost the ferry company little.")
                .facts();
        Participant vold = named(f, "Vold");
        assertEquals("Transport and Harbours Secretary", vold.role());
        assertEquals(0, vold.roleEvidence().sentence());
    }

    @Test
    void aLeadThatIntroducesItsSpeakerWithoutANameGivesTheRoleToTheNameThatFollows() {
        Facts f = analyse("Quay repairs delayed",
                "Repairs to the old quay will not start before autumn, a harbour board engineer has said. "
                        + "Sofia Lind said the stone had to be tested first.")
                .facts();
        Participant lind = named(f, "Lind");
        assertEquals("harbour board engineer", lind.role());
        assertEquals(0, lind.roleEvidence().sentence());
    }

    @Test
    void aLeadSpeakersOfficeMayJoinTwoCommonNounsWithAnd() {
        Facts f = analyse("Toll roads reviewed",
                "Every toll road will be reviewed this year, the culture and tourism secretary has said. "
                        + "Ingrid Vold is expected to publish the review in June.")
                .facts();
        assertEquals("culture and tourism secretary", named(f, "Vold").role());
    }

    @Test
    void aLeadsObjectIntroducedWithoutANameIsThePersonTheNextSentenceOpensWith() {
        Facts f = analyse("Pilot suspended",
                "The harbour board has suspended a ferry pilot over a collision in the fog. "
                        + "Jon Roe, 41, had steered the island ferry for ten years.")
                .facts();
        Participant roe = named(f, "Roe");
        assertEquals("ferry pilot", roe.role());
        assertEquals(0, roe.roleEvidence().sentence());
    }

    @Test
    void aLeadsObjectIsNotSomeoneTheLeadHasAlreadyNamed() {
        Facts f = analyse("Pilot suspended",
                "Jon Roe has suspended a ferry pilot over a collision in the fog. "
                        + "Jon Roe said the inquiry would take a month.")
                .facts();
        assertNotEquals("ferry pilot", named(f, "Roe").role());
    }

    @Test
    void anIndefiniteDescriptionIsSomeoneNewNotTheOneNamedBefore() {
        Facts f = analyse("Quay plan criticised",
                "Mayor Petra Holm's plan for the quay is too costly, a harbour board engineer has said. "
                        + "Sofia Lind said the stone had to be tested first.")
                .facts();
        assertEquals("Mayor", named(f, "Holm").role());
        assertEquals("harbour board engineer", named(f, "Lind").role());
        Facts again = analyse("Quay plan criticised",
                "Petra Holm's plan for the quay is too costly, a harbour board engineer has said. "
                        + "Petra Holm said the stone had been tested.")
                .facts();
        assertNotEquals("harbour board engineer", named(again, "Holm").role());
    }

    @Test
    void aLeadSpeakerDescribedByAnOrganisationsChiefIsTheNameThatFollows() {
        Facts f = analyse("Fares to rise",
                "Fares will rise in May, Arlen Shipping Company's chief has said. "
                        + "Speaking in Tartu, Sofia Lind said fuel cost more.")
                .facts();
        assertEquals("Arlen Shipping Company's chief", named(f, "Lind").role());
        Facts bare = analyse("Fares to rise",
                "Fares will rise in May, the man has said. Sofia Lind said fuel cost more.")
                .facts();
        assertNull(named(bare, "Lind").role());
    }

    @Test
    void aSpeakerIntroducedInTheSentenceAfterTheLeadIsTheNameThatFollows() {
        Facts f = analyse("Crewless ferries",
                "Ferries may soon sail without crews, says a study. A harbour engineer has suggested that pilots "
                        + "could steer from shore. Sofia Lind believes the first boats will sail soon.")
                .facts();
        assertEquals("harbour engineer", named(f, "Lind").role());
    }

    @Test
    void anIndefiniteDescriptionIsASpeakersOnlyWithAReportingVerbAndNeverASpokesmans() {
        Facts hurt = analyse("Bus crash",
                "Two people were hurt when a bus left the road. A passenger was taken to hospital. "
                        + "Anna Berg, who lives nearby, said the road was icy.")
                .facts();
        assertNotEquals("passenger", named(hurt, "Berg").role());
        Facts delayed = analyse("Flights delayed",
                "Flights were delayed for six hours, a spokesman for the airport said. "
                        + "Jon Roe, from Tartu, said he waited all night.")
                .facts();
        assertNotEquals("spokesman for the airport", named(delayed, "Roe").role());
    }

    @Test
    void aLeadsObjectIsNeitherAnOwnerNorAReportedClausesSubject() {
        Facts owner = analyse("Aide sacked",
                "The party has sacked a council leader's aide over a leaked letter. "
                        + "Jon Roe, 41, had worked for the council for ten years.")
                .facts();
        assertNotEquals("council leader", named(owner, "Roe").role());
        Facts reported = analyse("Crash on the coast road",
                "Police said a driver had died in a crash on the coast road. "
                        + "Jane Dale, who saw the crash, said the car was going fast.")
                .facts();
        assertNotEquals("driver", named(reported, "Dale").role());
    }

    @Test
    void oneMemberOfAGroupIsDescribedByTheGroupsNoun() {
        Facts f = analyse("Shipping owner detained",
                "One of Norway's wealthiest shipowners was detained on Tuesday over unpaid taxes. "
                        + "Halvard Brekke had run the fleet since his father retired.")
                .facts();
        assertEquals("Halvard Brekke", f.participants().get(0).name());
        assertTrue(f.participants().get(0).role().endsWith("shipowner"), f.participants().get(0).role());
    }

    @Test
    void rolesFromAppositionListsAndNounsBeforeTheName() {
        Facts f = analyse("Rowing pair win final",
                "Veteran rowers Ada Moor and Ivo Brant won the final on Lake Varne on Sunday. "
                        + "Their coach, Tomas Ekberg, said the crew had trained all winter. "
                        + "Club secretary Linnea Holt presented the trophy.")
                .facts();
        assertEquals("Veteran rower", named(f, "Moor").role());
        assertEquals("Veteran rower", named(f, "Brant").role());
        assertEquals("coach", named(f, "Ekberg").role());
        assertEquals("Club secretary", named(f, "Holt").role());
    }

    @Test
    void aPlaceNamedForAnotherReasonIsNotGivenAsTheVenue() {
        Facts f = analyse("Nurse freed",
                "A charity has appealed for the release of a nurse, kidnapped in Mosul last month. "
                        + "The charity's director said talks were continuing.")
                .facts();
        assertNull(f.venue(), () -> "venue " + f.venue());
    }

    @Test
    void theEventsOwnPlaceIsTheVenueEvenWhenALaterPlaceIsTheirOrigin() {
        Facts f = analyse("Ferry talks open",
                "Ministers from Norway and Denmark opened talks on a new ferry route in Bergen on Tuesday. "
                        + "The Danish minister, who grew up in Aarhus, said a deal was close.")
                .facts();
        assertEquals("Bergen", f.venue().name());
    }

    @Test
    void debrisGluedIntoASentenceIsCutAndTheRealSentenceKept() {
        Analysis a = analyse("Dam repairs finished",
                "Sign up for our morning briefing + Subscribe The repairs to the Kvarn dam were finished on Friday, "
                        + "two weeks early. (Photo: Lena Berg/Nordbild) Engineers had worked through the winter to "
                        + "strengthen the wall. Tap to share on Chirper (opens a new tab) The reservoir will be "
                        + "refilled over the summer, the water board said.");
        List<String> summary = a.summary().stream().map(SummarySentence::text).toList();
        assertFalse(summary.isEmpty());
        for (String s : summary) {
            assertFalse(s.contains("Subscribe") || s.contains("Photo") || s.contains("share") || s.contains("Nordbild"),
                    s);
        }
        assertTrue(summary.stream().anyMatch(s -> s.startsWith("The repairs to the Kvarn dam")), summary::toString);
    }

    @Test
    void aDatelineIsNotSummaryTextButItsPlaceIsTheVenueWhenTheLeadNamesNoOther() {
        Analysis a = analyse("Mayor resigns",
                "TROMSO, Norway (Wire) - The city's mayor resigned on Monday after a row over a new harbour. "
                        + "Her deputy will lead the council until an election is held.");
        assertFalse(a.summary().get(0).text().startsWith("TROMSO"), a.summary().get(0).text());
        assertEquals("Tromso", a.facts().venue().name());
    }

    @Test
    void aDescribedActorIsFoundByTheRoleTheTextGivesThemLater() {
        Facts f = analyse("Expert judges harvest",
                "A wine expert has tasted this year's first bottles from the valley. The growers had feared a "
                        + "poor year. Lars Holm, a wine expert at the regional college, said the harvest was the "
                        + "best in a decade. Mayor Eva Dahl thanked the growers.")
                .facts();
        assertEquals("Lars Holm", f.participants().get(0).name());
    }

    @Test
    void aPeersDesignationIsPartOfTheNameAndATitleBeforeAListIsNotSharedWithAnotherPeer() {
        Facts f = analyse("New pier opens",
                "The new pier at Kalamaja opened on Monday. Chief Engineer Lady Voss and Lady Ek of Tartu, a former "
                        + "judge, cut the ribbon in front of a small crowd.")
                .facts();
        Participant ek = named(f, "of Tartu");
        assertEquals("Lady Ek of Tartu", ek.name());
        assertEquals("former judge", ek.role());
        assertTrue(f.participants().stream().noneMatch(p -> p.name().equals("Tartu")), f.participants().toString());
    }

    @Test
    void aNamedOccasionIsTheVenueWhenTheTextGivesNoPlaceForIt() {
        Facts f = analyse("Sailing week cut short",
                "Crowds lined the shore for Saturday's Estonian Sailing Week, which ended early when a storm came "
                        + "in. Organisers said the last races would be sailed in June.")
                .facts();
        assertEquals("Estonian Sailing Week", f.venue().name());
    }

    @Test
    void aPlaceTheTextGivesWinsOverTheNameOfTheOccasion() {
        Facts f = analyse("Sailing week cut short",
                "Crowds lined the shore near Tallinn for Saturday's Estonian Sailing Week, which ended early when a "
                        + "storm came in. Organisers said the last races would be sailed in June.")
                .facts();
        assertEquals("Tallinn", f.venue().name());
    }

    @Test
    void anOrganisationNamedAfterItsNationIsNoOccasion() {
        Facts f = analyse("Navy ships sent north",
                "The Estonian Navy was sent north on Tuesday to watch the fishing grounds. Two ships left port.")
                .facts();
        assertNull(f.venue(), String.valueOf(f.venue()));
    }

    @Test
    void thePlaceOfAPastEventStaysBackgroundWhenTheTextNamesItAgain() {
        Facts f = analyse("Inquiry into Tartu ferry fire opens",
                "An inquiry into the Tartu ferry fire of 1998 opened this week. Nine people died when fire broke "
                        + "out below deck. The ferry had been moored at Tartu for a week before it sailed.")
                .facts();
        assertNull(f.venue(), String.valueOf(f.venue()));
    }

    @Test
    void theHeadlinesSubjectIsTheActorWhenTheLeadAlsoMakesThemASubject() {
        Facts f = analyse("Ada Krogh warns of more floods as the river falls",
                "Otto Brask opened the flood gates on Monday, and Ada Krogh has thanked the volunteers who filled "
                        + "sandbags. The river fell overnight.")
                .facts();
        assertEquals("Ada Krogh", f.participants().get(0).name());
    }

    @Test
    void someoneOnlyQuotedRanksBelowSomeoneWhoActs() {
        Facts f = analyse("Council backs harbour plan",
                "The city council approved a new harbour plan on Monday. The vote followed months of debate. "
                        + "Harbour pilot Ola Berg said the old quay should be kept. Fisherman Nils Ask, who first "
                        + "drew up the plan, signed the petition for it in March.")
                .facts();
        List<String> names = f.participants().stream().map(Participant::name).toList();
        assertTrue(names.indexOf("Nils Ask") < names.indexOf("Ola Berg"), names.toString());
    }

    @Test
    void aCountryWhereSomethingIsMadeIsNotTheActor() {
        Facts f = analyse("Lamp prices rise",
                "Prices of lamps made in Denmark rose again in March, a trade body said. Shops expect more rises "
                        + "before the winter.")
                .facts();
        assertTrue(f.participants().stream().noneMatch(p -> p.name().equals("Denmark")), f.participants().toString());
    }

    @Test
    void aStoryThatNamesNoOneListsThePeopleItCounts() {
        Facts f = analyse("Hall roof falls in",
                "Part of the roof of a village hall fell in during a dance late on Saturday. Nobody was badly hurt. "
                        + "About thirty people were checked by medics at the scene.")
                .facts();
        assertFalse(f.participants().isEmpty());
        assertEquals("About thirty people", f.participants().get(0).name());
        assertEquals("GROUP", f.participants().get(0).type());
    }

    @Test
    void aDescriptionReachesBackOverSentencesThatOnlyGoOnAboutThePerson() {
        Facts f = analyse("Bakery in a garage",
                "Ola Berg has opened a bakery in his garage in Tartu. Mr Berg bakes forty loaves a night. He added "
                        + "that the loaves sell out by nine. He said the oven came from a closed school. The pensioner "
                        + "said his wife keeps the till.")
                .facts();
        assertEquals("pensioner", named(f, "Berg").role());
    }

    @Test
    void aHeInsideAQuotationDoesNotCarryADescriptionBack() {
        Facts f = analyse("Board member leaves",
                "Ivo Brant left the harbour board in May. \"He has been a fine colleague for many years,\" a note "
                        + "from the board said. \"We will miss his jokes.\" The chair then opened the new quay.")
                .facts();
        assertNotEquals("chair", named(f, "Brant").role());
    }

    @Test
    void aSpeakerClosingTheSentenceAfterANameIsNotThatNamesRole() {
        Facts f = analyse("Ferry ban appeal",
                "A copy of the ferry ruling went to Arne Holt, the family's lawyer says. "
                        + "Ida Moe, an analyst at Lund Bank said the ban would cost the port. The ban will last a "
                        + "year, Dr Per Alm, a lawyer at Berg & Co said.")
                .facts();
        assertNull(named(f, "Holt").role());
        assertEquals("analyst at Lund Bank", named(f, "Moe").role());
        assertEquals("lawyer at Berg & Co", named(f, "Alm").role());
    }
}
