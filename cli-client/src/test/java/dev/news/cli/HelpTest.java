package dev.news.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Help a newcomer can act on: examples everywhere, global options apart, the long story only in news --help. */
class HelpTest {

    @TempDir
    Path home;

    private Cli.Result news(String... args) {
        return Cli.run(Environment.of(Map.of(), home), args);
    }

    /** Every command below news, by its words: "summary", "articles add", ... */
    private static List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        collect(NewsCommand.commandLine(Environment.of(Map.of(), Path.of("."))), new ArrayList<>(), commands);
        return commands;
    }

    private static void collect(CommandLine parent, List<String> path, List<List<String>> commands) {
        for (CommandLine command : new LinkedHashSet<>(parent.getSubcommands().values())) {
            List<String> words = new ArrayList<>(path);
            words.add(command.getCommandName());
            commands.add(words);
            collect(command, words, commands);
        }
    }

    @Test
    void everyCommandHasExamplesAndNoExitCodes() {
        assertTrue(commands().size() >= 12, commands()::toString);
        for (List<String> command : commands()) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Cli.Result help = news(args.toArray(String[]::new));

            assertEquals(0, help.exitCode(), help::toString);
            assertTrue(help.out().contains("\nExamples:\n  "), () -> command + " has examples:\n" + help.out());
            assertFalse(help.out().contains("Exit codes:"), () -> command + ":\n" + help.out());
            assertFalse(help.out().contains("Configuration"), () -> command + ":\n" + help.out());
        }
    }

    @Test
    void globalOptionsHaveTheirOwnHeadingAndOnlyWhereTheyDoSomething() {
        String summary = news("summary", "--help").out();
        String options = summary.substring(summary.indexOf("\nOptions:"), summary.indexOf("\nGlobal options"));
        String global = summary.substring(summary.indexOf("\nGlobal options"), summary.indexOf("\nExamples:"));

        assertTrue(summary.startsWith("Usage: news summary [OPTIONS] ID...\n"), summary);
        assertTrue(options.contains("--sentences") && !options.contains("--summary-url"), options);
        assertTrue(global.contains("--summary-url") && global.contains("--timeout"), global);
        assertFalse(summary.contains("--article-url"), "summary-service fetches the article itself:\n" + summary);

        String delete = news("articles", "delete", "--help").out();
        assertTrue(delete.contains("--article-url") && !delete.contains("--summary-url") && !delete.contains("--no-color"), delete);

        String completion = news("completion", "--help").out();
        assertFalse(completion.contains("Global options"), completion);
    }

    @Test
    void newsHelpHasTheExitCodesAndTheConfiguration() {
        Cli.Result result = news("--help");

        assertEquals(0, result.exitCode());
        for (String expected : new String[] {"Global options", "Commands:", "Examples:", "Exit codes:",
            "Configuration", "NEWS_TOKEN"}) {
            assertTrue(result.out().contains(expected), () -> expected + " in\n" + result.out());
        }
    }

    @Test
    void bareNewsIsAShortUsage() {
        Cli.Result result = news();

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Usage: news "), result.err());
        assertTrue(result.err().contains("Commands:\n  summary"), result.err());
        assertTrue(result.err().endsWith("Run 'news help COMMAND' for a command's options and examples, 'news --help' for all.\n"),
                result.err());
        assertFalse(result.err().contains("Exit codes"), result.err());
        assertFalse(result.err().contains("--timeout=SECONDS   "), "no option list: " + result.err());
    }

    @Test
    void helpCommandShowsTheHelpOfAnyCommand() {
        assertEquals(news("--help").out(), news("help").out());
        assertEquals(news("summary", "--help").out(), news("help", "summary").out());
        assertEquals(news("articles", "import", "--help").out(), news("help", "articles", "import").out());

        Cli.Result unknown = news("help", "articles", "frob");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().startsWith("news: no command 'articles frob'; the commands: list, get, add, import, extract, delete"),
                unknown.err());
    }
}
