package dev.news.cli;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns failures into one readable line on stderr, and into the details of them with {@code --verbose}. */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final BooleanSupplier verbose;

    public ErrorReporter(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof NewsException news) {
            err.println("news: " + news.getMessage());
            if (verbose.getAsBoolean()) {
                if (news.details() != null) {
                    err.println(news.details());
                }
                printChain(err, news.getCause());
            }
        } else {
            // A bug rather than a failure of the services: still one line, the trace is for --verbose.
            err.println("news: unexpected error: " + describe(exception));
            if (verbose.getAsBoolean()) {
                exception.printStackTrace(err);
            }
        }
        err.flush();
        return commandLine.getExitCodeExceptionMapper() != null
                ? commandLine.getExitCodeExceptionMapper().getExitCode(exception)
                : ExitCodes.ERROR;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String message = String.valueOf(exception.getMessage());
        // picocli starts some messages with "Error: ", which the "news: " prefix already says.
        err.println("news: " + (message.startsWith("Error: ") ? message.substring("Error: ".length()) : message));
        UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static void printChain(PrintWriter err, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            err.println("  caused by " + describe(t));
        }
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
    }
}
