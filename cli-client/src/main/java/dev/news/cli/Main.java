package dev.news.cli;

/** Entry point of the {@code news} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The only exit of the process: commands return their exit code instead of calling System.exit.
        System.exit(NewsCommand.commandLine(Environment.system(), args).execute(args));
    }
}
