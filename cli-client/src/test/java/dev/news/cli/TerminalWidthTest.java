package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output as wide as the terminal, one record per line when piped, columns counted as a terminal shows them. */
class TerminalWidthTest {

    private static final String LONG_TITLE = "Syrian deal unlikely as US and Russian officials meet for talks in Geneva "
            + "on a cease-fire that neither side expects to hold beyond the first week of the month";
    private static final String CJK_TITLE = "日本の首相が国連総会で演説し核軍縮を訴えた";

    @TempDir
    Path home;

    private StubServer service;

    @BeforeEach
    void start() {
        String page = "{\"items\":["
                + "{\"id\":42,\"title\":\"" + LONG_TITLE + "\",\"sourceName\":\"Example News\",\"publishedAt\":\"2016-09-09T10:00:00Z\"},"
                + "{\"id\":43,\"title\":\"" + CJK_TITLE + "\",\"sourceName\":\"日本経済新聞\",\"publishedAt\":\"2016-09-10T10:00:00Z\"},"
                + "{\"id\":7,\"title\":\"Kerry \uD83D\uDC4D Lavrov\",\"sourceName\":\"BBC\",\"publishedAt\":null}"
                + "],\"page\":1,\"size\":20,\"totalItems\":3,\"totalPages\":1}";
        service = StubServer.start()
                .on("GET", "/articles", request -> StubServer.Response.json(200, page))
                .on("GET", "/summaries/42", 200, "summary-42.json");
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private Environment piped() {
        return Environment.of(Map.of("NEWS_ARTICLE_URL", service.url(), "NEWS_SUMMARY_URL", service.url(),
                "COLUMNS", "60"), home);
    }

    private static String plain(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void atSixtyColumnsNoLineIsWiderAndNoWordIsBroken() {
        Cli.Result result = Cli.run(piped().withTerminal(true).withTerminalSize(60, 30), "summary", "42");

        assertEquals(0, result.exitCode(), result::toString);
        String out = plain(result.out());
        for (String line : out.split("\n")) {
            assertTrue(DisplayWidth.of(line) <= 60, () -> "wider than 60: " + line);
        }
        assertTrue(out.contains("\n     Kerry opened a fourth set of negotiations with his Russian\n")
                || out.replaceAll("\\s+", " ").contains("John Kerry opened a fourth set of negotiations"), out);
        for (String word : List.of("cease-fire", "negotiations", "counterpart.")) {
            assertTrue(out.contains(word), () -> word + " kept whole in\n" + out);
        }
    }

    @Test
    void thePipedListIsOneArticleALineWhateverColumnsSays() {
        Cli.Result result = Cli.run(piped(), "articles", "list");

        assertEquals(0, result.exitCode(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals(5, lines.size(), result::toString);
        assertTrue(lines.get(1).startsWith("42 ") && lines.get(1).endsWith(LONG_TITLE), lines.get(1));
        assertTrue(lines.get(2).startsWith("43 ") && lines.get(2).endsWith(CJK_TITLE), lines.get(2));
        assertFalse(result.out().contains("\u001b["), "no colour in a pipe");
    }

    @Test
    void onATerminalTheListWrapsTitlesUnderTheirColumnCountingWideCharacters() {
        Cli.Result result = Cli.run(piped().withTerminal(true).withTerminalSize(50, 30), "articles", "list", "--no-color");

        assertEquals(0, result.exitCode(), result::toString);
        List<String> lines = result.out().lines().toList();
        int titleColumn = lines.get(0).indexOf("TITLE");
        for (String line : lines) {
            assertTrue(DisplayWidth.of(line) <= 50, () -> "wider than 50: " + line);
        }
        String cjkRow = lines.stream().filter(line -> line.startsWith("43 ")).findFirst().orElseThrow();
        String beforeTitle = cjkRow.substring(0, cjkRow.indexOf('日', cjkRow.indexOf("日本経済新聞") + 6));
        assertEquals(titleColumn, DisplayWidth.of(beforeTitle), "the title starts under TITLE:\n" + result.out());
    }

    @Test
    void colourOnlyOnATerminalThatIsNotDumb() {
        Environment terminal = piped().withTerminal(true).withTerminalSize(80, 30);
        assertTrue(Cli.run(terminal, "summary", "42").out().contains("\u001b[1m"));

        Environment dumb = Environment.of(Map.of("NEWS_SUMMARY_URL", service.url(), "TERM", "dumb"), home)
                .withTerminal(true).withTerminalSize(80, 30);
        assertFalse(Cli.run(dumb, "summary", "42").out().contains("\u001b["));
        assertFalse(Cli.run(dumb, "--help").out().contains("\u001b["), "help neither");
        assertFalse(Cli.run(piped(), "summary", "42").out().contains("\u001b["));
    }

    @Test
    void helpFitsTheTerminal() {
        Cli.Result result = Cli.run(piped().withTerminal(true).withTerminalSize(60, 30), "articles", "import", "--help");

        assertEquals(0, result.exitCode(), result::toString);
        for (String line : plain(result.out()).split("\n")) {
            assertTrue(line.length() <= 60, () -> "wider than 60: " + line);
        }
    }

    @Test
    void displayWidthCountsWideCharactersTwiceAndMarksNever() {
        assertEquals(5, DisplayWidth.of("Kerry"));
        assertEquals(4, DisplayWidth.of("日本"));
        assertEquals(2, DisplayWidth.of("\uD83D\uDC4D"), "an emoji");
        assertEquals(4, DisplayWidth.of("Cafe\u0301"), "e and a combining accent");
        assertEquals(6, DisplayWidth.of("ＡＢＣ"), "full-width letters");
        assertEquals(1, DisplayWidth.of("\u2764\uFE0F".substring(1)) + 1, "a variation selector takes no column");
    }

    @Test
    void wrappingCutsTextWithoutSpacesByColumns() {
        List<String> lines = Terminal.wrap(CJK_TITLE, 10);

        assertEquals(CJK_TITLE, String.join("", lines));
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertEquals(10, DisplayWidth.of(line), line);
        }
        assertEquals(2, DisplayWidth.of(lines.get(lines.size() - 1)), "21 characters of 2 columns: 4 full lines and one left");
    }

    @Test
    void theProgressBarStaysShorterThanTheTerminal() {
        for (int columns : new int[] {20, 30, 60, 200}) {
            StringWriter err = new StringWriter();
            ProgressBar bar = new ProgressBar(new PrintWriter(err), 1000, columns, true);
            for (int i = 0; i < 10; i++) {
                bar.advance(100);
                assertTrue(bar.line().length() < columns, columns + ": " + bar.line());
            }
            bar.finish();
            for (String drawn : err.toString().split("\r")) {
                assertTrue(drawn.length() < columns, () -> columns + ": '" + drawn + "'");
            }
        }
    }

    @Test
    void theTerminalSizeIsReadAsSttyPrintsIt() {
        assertEquals(new TerminalSize(40, 132), TerminalSize.parse("40 132\n"));
        assertNull(TerminalSize.parse("0 0"));
        assertNull(TerminalSize.parse("stty: not a tty"));
    }

    @Test
    void theLaunchersAnswerIsTakenAsItIs() {
        try {
            System.setProperty(TerminalSize.PROPERTY, "50 132");
            assertEquals(new TerminalSize(50, 132), TerminalSize.ask());
            System.setProperty(TerminalSize.PROPERTY, "");
            assertNull(TerminalSize.ask(), "no terminal found by the launcher: not asked again");
        } finally {
            System.clearProperty(TerminalSize.PROPERTY);
        }
    }

    @Test
    void columnsAnswersForAPipeWithoutAsking() {
        assertEquals(60, piped().columns(), "COLUMNS when the terminal does not say");
        assertEquals(Environment.UNLIMITED, piped().outputWidth());
        assertEquals(100, piped().withTerminal(true).withTerminalSize(100, 30).outputWidth());
    }
}
