package dev.news.cli;

import picocli.CommandLine.IExitCodeExceptionMapper;

/** The exit codes of {@code news} (listed for users in {@link NewsCommand}'s help), and the mapping of failures to them. */
public final class ExitCodes implements IExitCodeExceptionMapper {

    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int UNAVAILABLE = 4;
    public static final int NOT_AUTHORISED = 5;
    public static final int PARTLY = 6;

    @Override
    public int getExitCode(Throwable exception) {
        return exception instanceof NewsException news ? news.exitCode() : ERROR;
    }
}
