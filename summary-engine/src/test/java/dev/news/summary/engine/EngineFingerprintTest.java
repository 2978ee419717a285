package dev.news.summary.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Stored summaries are keyed by the engine's version, so output that changes under an old version would keep
 * serving stale documents. This test runs the engine on fixed invented stories and compares a fingerprint of all it
 * returns with the one recorded for {@link SummaryEngine#VERSION} in {@code engine/fingerprints.properties}: a change
 * of output needs a new version and a new line there, never a new fingerprint for an old version.
 */
class EngineFingerprintTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-10-07T06:30:00Z");

    private static final List<Document> STORIES = List.of(
            new Document("Ferry strike ends",
                    "Ferry crews in Arlen ended a three-day strike on Sunday after the harbour company agreed to a "
                            + "4% pay rise. Union leader Marta Olsen said the deal was fair. The company's chief "
                            + "executive, Per Lund, said services would resume on Monday morning. About 12,000 "
                            + "passengers were affected by the strike, which began on Thursday. \"We are glad it is "
                            + "over,\" said one commuter.", PUBLISHED),
            new Document("Museum reopens",
                    "BERWICK, Norland (Wire) - The city museum reopened on Saturday after a two-year renovation "
                            + "that cost 8 million crowns. The director said visitor numbers had doubled. Tap to share "
                            + "on Chirper (opens a new tab) Mayor Jonas Brandt, who grew up in Carden, cut the ribbon "
                            + "at the Old Granary Hall. He thanked the builders.", PUBLISHED),
            new Document("Depot manager admits error",
                    "The former finance manager at freight operator Norrlink has admitted in court that she signed "
                            + "false invoices. Speaking at the trial of her former boss Otto Brask, Hedda Lien said she "
                            + "had been told to sign. She thanked (defence lawyer) Ivar Moe for his help.", PUBLISHED),
            new Document("Ferry fares frozen",
                    "Fares on the island ferries will be frozen next year, the Transport and Harbours Secretary has "
                            + "said. Ingrid Vold said the freeze would cost the ferry company little. Union official "
                            + "Per Dahl welcomed it. Professor Ola Berg, of the harbour college, disagreed.", PUBLISHED),
            new Document("", "Rescuers worked through the night. A landslide blocked the valley road on Tuesday. "
                    + "Two drivers were trapped for six hours before police freed them.", null),
            new Document("Ada Krogh warns of more floods as Estonian Sailing Week is postponed",
                    "Otto Brask opened the flood gates on Monday, and Ada Krogh has warned that Saturday's Estonian "
                            + "Sailing Week may be postponed. The harbour board, which also heard the inquiry into the "
                            + "Tartu ferry fire of 1998, said the quay was safe. Chief Engineer Lady Voss and Lady Ek "
                            + "of Tartu, a former judge, inspected it. Harbour pilot Ola Berg said the races should go "
                            + "ahead. Drivers including Per Dahl and Lena Voss raced on the beach. The pensioner said "
                            + "he would appeal.", PUBLISHED),
            new Document("Pilot suspended after ferry collision",
                    "The harbour board has suspended a ferry pilot over a collision in the fog. Jon Roe, 41, had "
                            + "steered the island ferry for ten years. Warden of the Northern Marches Eva Brandt's "
                            + "report blamed the radar. \"The fog came in fast,\" said Per Alm, an economist at Lund & "
                            + "Sons who sails the route, and Dr Ines Falk, head of safety at Arlen Ferries (AF), "
                            + "agreed.", PUBLISHED),
            new Document("Rain stops the harbour final",
                    "The sailing final was stopped by rain at the Kvarn regatta course in Tartu, Estonia, on Sunday. "
                            + "Talks on a new date began in Tartu, Parnu and Narva.", PUBLISHED),
            new Document("Crewless ferries",
                    "Ferries may soon sail without crews, says a study. A harbour engineer has suggested that pilots "
                            + "could steer from shore. Sofia Lind believes the first boats will sail soon.", PUBLISHED),
            new Document("Rovers captain warns",
                    "Tide Rovers captain Jon Roe has warned his rivals. But general secretary of the harbour workers "
                            + "union Norrlink Per Alm criticised him, as did Ines Falk, author of the harbour report: "
                            + "Tides and Ports.", PUBLISHED),
            new Document("Harbour inquiry opens",
                    "The harbour inquiry opened on Monday. Ines Falk, the lawyer leading the inquiry, said it would "
                            + "take a year. Per Alm, the 1998 champion, was the first witness.", PUBLISHED),
            new Document("Mural restored",
                    "Lawyers representing former harbour master Arne Holt asked for the mural's return. Painted by "
                            + "Ola Berg, the mural was restored last year. Last week Ida Moe, a harbour and customs "
                            + "officer at Arlen Port, praised the way Eva Lund's team worked.", PUBLISHED),
            new Document("Pier to close",
                    "The Arlen pier will close in May, Ida Moe MP, the party's harbours spokeswoman, said. The plan was "
                            + "backed by Ola Berg - a former harbour historian - and by Harbour Board (HB) chief Eva Dahl. "
                            + "\"It is time,\" said Jon Roe, managing director of Lund Bank.", PUBLISHED),
            new Document("Faster ferry",
                    "Engineers at Norrlink Ltd have built a faster ferry, the company said on Monday. Its designer, "
                            + "Ola Berg, spent five months at Arlen United after he played at Tartu 2004.", PUBLISHED),
            new Document("Hall reopens",
                    "The Arlen hall was reopened on Friday by ballet impresario Sir Ola Berg. Critics, including the "
                            + "Bishop of Arlen, the Rt Rev Jon Dahl, praised it. Ida Moe goes to Tartu as the only "
                            + "Norland singer in the opening show.", PUBLISHED),
            new Document("Festival prize",
                    "Critics at the Arlen festival praised the Ola Berg biopic, Tide. Harbour Rovers playmaker Ida Moe "
                            + "plays the young Berg.", PUBLISHED),
            new Document("Moe wins in Tartu",
                    "Ida Moe won the women's 3,000m at the indoor meeting in Tartu, where compatriot Lena Sorvik was "
                            + "second after a sprint finish. The hurdles and the relay were cancelled. Jon Tasker's "
                            + "second novel opens with the race. He is a fellow of the Arlen Society and became a "
                            + "lecturer in 2003.", PUBLISHED),
            new Document("Tide opens",
                    "Mary Lund starred in the harbour drama Tide, which opens in Tartu on Friday. The film, directed "
                            + "by Jon Tasker, was shot in Arlen. Karl Ostberg starred as the ferryman.", PUBLISHED));

    private final SummaryEngine engine = SharedEngine.get();

    @Test
    void outputMatchesTheFingerprintRecordedForThisVersion() throws IOException {
        StringBuilder output = new StringBuilder();
        for (Document story : STORIES) {
            output.append(engine.summarize(story, Length.defaultLength())).append('\n');
            output.append(engine.summary(story, new Length.Words(30))).append('\n');
            output.append(engine.summary(story, new Length.Ratio(0.5))).append('\n');
        }
        String actual = sha256(output.toString());
        Properties recorded = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/engine/fingerprints.properties")) {
            assertNotNull(in, "engine/fingerprints.properties is missing");
            recorded.load(in);
        }
        String expected = recorded.getProperty(SummaryEngine.VERSION);
        assertNotNull(expected, () -> "no fingerprint is recorded for engine " + SummaryEngine.VERSION
                + "; if this output is intended, add the line " + SummaryEngine.VERSION + "=" + actual);
        assertEquals(expected, actual, () -> "the engine's output changed but its version did not: give SummaryEngine "
                + "a new VERSION and record " + actual + " for it (stored summaries are keyed by the version)");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
