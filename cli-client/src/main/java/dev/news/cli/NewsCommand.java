package dev.news.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, {@code news}: holds the options every subcommand shares and lists the subcommands. */
@Command(name = "news",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads news articles and tells what they say and who did what, where.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Error: the service refused the request, a fetched page is not HTML, too large or redirects too often, "
                + "or something unexpected happened.",
            "2:Usage error: unknown or invalid options or arguments, empty input, a --url that is not http(s).",
            "3:Not found: the service has no article with that id, or a --url page answers HTTP 404/410.",
            "4:Service unavailable: connection refused, timed out, or HTTP 502/503/504 (also from a --url page's server).",
            "5:Not authorised: HTTP 401/403 (check NEWS_TOKEN or the token in the config).",
            "6:Partly done: an import stored some articles, others were invalid.",
            "130:Interrupted (Ctrl-C).",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles list --query Geneva",
            "  news summary 42",
            "  news summarize story.txt --sentences 2",
            "  news help articles import",
            "",
            "Configuration (a flag wins over the environment, then the config file):",
            "  --article-url  NEWS_ARTICLE_URL  article-url  (default http://localhost:8081)",
            "  --summary-url  NEWS_SUMMARY_URL  summary-url  (default http://localhost:8082)",
            "                 NEWS_TOKEN        token        (sent as a Bearer token)",
            "  Config file: $XDG_CONFIG_HOME/news/config.properties",
            "               (default ~/.config/news/config.properties)",
            "  On a terminal, text output is wrapped to its width and coloured unless",
            "  NO_COLOR is set, TERM=dumb or --no-color is given. Piped output is neither",
            "  wrapped nor coloured: one record per line. Output longer than the terminal",
            "  goes through $NEWS_PAGER or $PAGER (default less -FRX) unless --no-pager.",
        })
public final class NewsCommand implements Callable<Integer> {

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(SummaryCommand.class, FactsCommand.class,
            ArticlesCommand.class, SummarizeCommand.class, VersionCommand.class, CompletionCommand.class, HelpCommand.class);
    /** Subcommands that read the whole command tree. */
    private static final List<Class<?>> NEED_ALL = List.of(CompletionCommand.class, HelpCommand.class);

    private static final int MIN_HELP_WIDTH = 55;
    private static final int DEFAULT_HELP_WIDTH = 80;
    private static final int MAX_HELP_WIDTH = 120;

    @Spec
    CommandSpec spec;

    @Option(names = "--article-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "article-service base URL (default: " + Settings.DEFAULT_ARTICLE_URL + ").")
    String articleUrl;

    @Option(names = "--summary-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "summary-service base URL (default: " + Settings.DEFAULT_SUMMARY_URL + ").")
    String summaryUrl;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", scope = ScopeType.INHERIT,
            description = "How long to wait for an answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never colour the output.")
    boolean noColor;

    @Option(names = "--no-pager", scope = ScopeType.INHERIT,
            description = "Print long output straight away rather than through $PAGER (default less -FRX) on a terminal.")
    boolean noPager;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "On failure, also print the HTTP status, the service's answer and the causes.")
    boolean verbose;

    private final Environment environment;

    public NewsCommand(Environment environment) {
        this.environment = environment;
    }

    /** The configured command line of {@code news} with all its subcommands, reading from {@code environment}. */
    public static CommandLine commandLine(Environment environment) {
        return commandLine(environment, null);
    }

    /**
     * The command line that runs {@code args}: only the subcommand they name is built, since picocli builds each
     * command's model by reflection, a good part of a short run's start-up (CPU time of building the model for
     * {@code summary}: 0.19 s against 0.26 s for all, measured without the class-data archive). Help, completion, no
     * command or an unknown one get them all (an unknown one for picocli's suggestion).
     */
    public static CommandLine commandLine(Environment environment, String[] args) {
        NewsCommand root = new NewsCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        Class<?> only = args == null ? null : requested(commandLine.getCommandSpec(), args);
        // Settings below reach the subcommands that exist when they are made: add them first.
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (only == null || subcommand == only) {
                commandLine.addSubcommand(subcommand);
            }
        }
        ErrorReporter reporter = new ErrorReporter(() -> root.verbose);
        commandLine.setExecutionExceptionHandler(reporter)
                .setParameterExceptionHandler(reporter)
                .setExitCodeExceptionMapper(new ExitCodes())
                .setColorScheme(Help.defaultColorScheme(helpColour(environment)))
                .setUsageHelpWidth(helpWidth(environment));
        HelpLayout.install(commandLine);
        return commandLine;
    }

    /** The subcommand {@code args} run, or null when they run none, an unknown one or one that needs all. */
    private static Class<?> requested(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (arg.startsWith("-")) {
                // An option of news itself: skip its value when it is given as the next argument.
                CommandLine.Model.OptionSpec option = arg.contains("=") ? null : root.findOption(arg);
                if (option != null && option.arity().max() > 0) {
                    i++;
                }
                continue;
            }
            for (Class<?> subcommand : SUBCOMMANDS) {
                Command command = subcommand.getAnnotation(Command.class);
                if (command.name().equals(arg) || List.of(command.aliases()).contains(arg)) {
                    return NEED_ALL.contains(subcommand) ? null : subcommand;
                }
            }
            return null;
        }
        return null;
    }

    private static Help.Ansi helpColour(Environment environment) {
        return environment.colour() ? Help.Ansi.ON : Help.Ansi.OFF;
    }

    // picocli lays help out in at least 55 columns; piped help keeps the usual 80.
    private static int helpWidth(Environment environment) {
        int columns = environment.stdoutIsTerminal() ? environment.columns() : DEFAULT_HELP_WIDTH;
        return Math.max(MIN_HELP_WIDTH, Math.min(MAX_HELP_WIDTH, columns));
    }

    /** The session of the command being run, from the options given to {@code news}. */
    static Session session(CommandSpec command) {
        NewsCommand root = (NewsCommand) command.root().userObject();
        return root.newSession(command.commandLine());
    }

    private Session newSession(CommandLine running) {
        if (timeoutSeconds <= 0) {
            throw new NewsException(ExitCodes.USAGE, "--timeout must be a positive number of seconds");
        }
        Settings settings = Settings.resolve(articleUrl, summaryUrl, Duration.ofSeconds(timeoutSeconds), environment);
        Terminal terminal = new Terminal(running.getOut(), environment.outputWidth(), environment.colour() && !noColor);
        return new Session(environment, settings, terminal, running.getErr(), Pager.of(environment, noPager));
    }

    /** {@code news} alone: a short usage, as a usage error. */
    @Override
    public Integer call() {
        return shortUsage(spec.commandLine());
    }

    /** The synopsis and the commands of a command run without one of them, on stderr, as a usage error. */
    static int shortUsage(CommandLine command) {
        Help help = command.getHelp();
        PrintWriter err = command.getErr();
        err.print(help.synopsisHeading());
        err.print(help.synopsis(help.synopsisHeadingLength()));
        err.print(help.commandListHeading());
        err.print(help.commandList());
        err.println();
        err.println("Run 'news help COMMAND' for a command's options and examples, 'news --help' for all.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
