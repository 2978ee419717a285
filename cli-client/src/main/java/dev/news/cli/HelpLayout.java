package dev.news.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The shape of every command's help: its own options, then only those global options that do something for it
 * under their own heading, then examples; the exit codes and the configuration only in {@code news --help}.
 */
final class HelpLayout {

    static final String GLOBAL_OPTIONS = "globalOptions";

    /** The global options each command uses; the others are accepted everywhere, but not shown where they do nothing. */
    private static final Map<String, List<String>> USED = Map.of(
            "news summary", List.of("--summary-url", "--timeout", "--no-color", "--no-pager", "--verbose"),
            "news facts", List.of("--summary-url", "--timeout", "--no-color", "--no-pager", "--verbose"),
            "news summarize", List.of("--article-url", "--summary-url", "--timeout", "--no-color", "--no-pager", "--verbose"),
            "news articles list", List.of("--article-url", "--timeout", "--no-color", "--no-pager", "--verbose"),
            "news articles get", List.of("--article-url", "--timeout", "--no-color", "--no-pager", "--verbose"),
            "news articles add", List.of("--article-url", "--timeout", "--verbose"),
            "news articles import", List.of("--article-url", "--timeout", "--verbose"),
            "news articles extract", List.of("--article-url", "--timeout", "--no-color", "--no-pager", "--verbose"),
            "news articles delete", List.of("--article-url", "--timeout", "--verbose"),
            "news version", List.of("--article-url", "--summary-url", "--timeout"));

    private HelpLayout() {
    }

    /** Lays out the help of every subcommand of {@code root}. */
    static void install(CommandLine root) {
        root.getCommandSpec().usageMessage()
                .commandListHeading("%nCommands:%n")
                .optionListHeading("%nGlobal options (given before or after the command):%n");
        installBelow(root);
    }

    // A set of the subcommands: an alias maps to the same command, which is laid out once.
    private static void installBelow(CommandLine parent) {
        for (CommandLine command : new LinkedHashSet<>(parent.getSubcommands().values())) {
            layOut(command);
            installBelow(command);
        }
    }

    private static void layOut(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        // -h on every command (news --help alone has --version); built, not read from annotations, as it runs every time.
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
        spec.usageMessage()
                .abbreviateSynopsis(true)
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n");
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                help -> help.optionListExcludingGroups(ownOptions(help.commandSpec())));
        command.getHelpSectionMap().put(GLOBAL_OPTIONS, HelpLayout::globalOptions);
        // A parent's keys reach its subcommands when it is laid out: add the section once.
        List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
        keys.remove(GLOBAL_OPTIONS);
        keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, GLOBAL_OPTIONS);
        command.setHelpSectionKeys(keys);
    }

    private static List<OptionSpec> ownOptions(CommandSpec spec) {
        return spec.options().stream().filter(option -> !option.inherited() && !option.hidden()).toList();
    }

    private static String globalOptions(Help help) {
        List<String> used = USED.getOrDefault(help.commandSpec().qualifiedName(), List.of());
        List<OptionSpec> shown = help.commandSpec().options().stream()
                .filter(option -> option.inherited() && used.contains(option.longestName()))
                .toList();
        if (shown.isEmpty()) {
            return "";
        }
        return String.format("%nGlobal options (see news --help):%n") + help.optionListExcludingGroups(shown);
    }
}
