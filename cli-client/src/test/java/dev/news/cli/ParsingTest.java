package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsingTest {

    @TempDir
    Path home;

    private Cli.Result news(String... args) {
        // Nothing listens here: parsing errors must be found before any request.
        return Cli.run(Environment.of(Map.of("NEWS_SUMMARY_URL", "http://127.0.0.1:9",
                "NEWS_ARTICLE_URL", "http://127.0.0.1:9"), home), args);
    }

    @Test
    void lengthOptionsAreMutuallyExclusive() {
        Cli.Result result = news("summary", "42", "--sentences", "3", "--ratio", "0.2");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("mutually exclusive"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void allThreeLengthOptionsToo() {
        assertEquals(2, news("summary", "42", "--sentences=3", "--words=50").exitCode());
        assertEquals(2, news("summarize", "--file", "-", "--ratio=0.5", "--words=50").exitCode());
    }

    @Test
    void badValuesAreUsageErrors() {
        assertEquals(2, news("summary", "forty-two").exitCode());
        assertEquals(2, news("summary").exitCode());
        assertEquals(2, news("summary", "42", "--ratio", "1.5").exitCode());
        assertEquals(2, news("summary", "42", "--sentences", "0").exitCode());
        assertEquals(2, news("articles", "list", "--size", "101").exitCode());
        assertEquals(2, news("articles", "list", "--page", "0").exitCode());
        assertEquals(2, news("articles", "add", "--title", "t").exitCode());
        assertEquals(2, news("articles", "add", "--title", "t", "--file", "x", "-").exitCode());
        assertEquals(2, news("articles", "add", "--title", "t", "--published", "yesterday", "-").exitCode());
        assertEquals(2, news("-o", "json").exitCode());
        assertEquals(2, news("summary", "42", "-o", "xml").exitCode());
        assertEquals(2, news("frobnicate").exitCode());
    }

    @Test
    void noCommandPrintsUsageAsAUsageError() {
        Cli.Result result = news();

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Usage: news"), result.err());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Cli.Result result = news("--help");

        assertEquals(0, result.exitCode());
        for (String expected : new String[] {"summary", "facts", "articles", "summarize", "completion", "version",
            "Exit codes:", "3 +Not found", "4 +Service unavailable", "5 +Not authorised", "6 +Partly done", "130 +Interrupted"}) {
            assertTrue(java.util.regex.Pattern.compile(expected).matcher(result.out()).find(), () -> expected + " in\n" + result.out());
        }
    }

    @Test
    void subcommandsHaveHelpToo() {
        Cli.Result result = news("articles", "import", "--help");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("Usage: news articles import [OPTIONS] SOURCE"), result.out());
        assertFalse(result.out().contains("Exit codes:"), "exit codes only in news --help:\n" + result.out());
        assertFalse(result.out().contains("Configuration"), result.out());
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        Cli.Result before = news("--verbose", "summary", "42");
        Cli.Result after = news("summary", "42", "--verbose");

        assertEquals(4, before.exitCode());
        assertEquals(4, after.exitCode());
        assertTrue(before.err().lines().count() > 1, before.err());
        assertTrue(after.err().lines().count() > 1, after.err());
    }

    @Test
    void theCommandIsFoundAfterOptionsWithValuesAndByItsAlias() {
        // Only the named command is built for a run: an option's value or an alias must not hide which one it is.
        Cli.Result valued = news("--summary-url", "http://127.0.0.1:9", "--timeout", "2", "summary", "42");
        assertEquals(4, valued.exitCode(), valued::toString);
        Cli.Result joined = news("--summary-url=http://127.0.0.1:9", "summary", "42");
        assertEquals(4, joined.exitCode(), joined::toString);
        Cli.Result alias = news("summarise", "--help");
        assertEquals(0, alias.exitCode(), alias::toString);
        assertTrue(alias.out().contains("--sentences"), alias.out());
    }

    @Test
    void aMistypedCommandStillGetsASuggestion() {
        Cli.Result typo = news("sumary", "42");
        assertEquals(2, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("summary"), typo.err());
        Cli.Result help = news("help", "articles", "import");
        assertEquals(0, help.exitCode(), help::toString);
    }

    @Test
    void versionAndCompletion() {
        Cli.Result version = news("version");
        assertEquals(4, version.exitCode(), "nothing listens for the services: " + version);
        assertTrue(version.out().startsWith(news("--version").out()), version.out());

        Cli.Result bash = news("completion", "bash");
        assertEquals(0, bash.exitCode(), bash::toString);
        assertTrue(bash.out().contains("complete -F _complete_news") || bash.out().contains("_complete_news"));

        Cli.Result zsh = news("completion", "zsh");
        assertEquals(0, zsh.exitCode());
        assertTrue(zsh.out().startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"));
        assertEquals(2, news("completion", "fish").exitCode());
    }
}
