package dev.news.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news completion bash|zsh}: prints a completion script generated from the command model. */
@Command(name = "completion",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(news completion bash)",
            "  source <(news completion zsh)",
            "  news completion bash > ~/.local/share/bash-completion/completions/news",
        },
        description = "Prints a shell completion script for bash or zsh.")
public final class CompletionCommand implements Callable<Integer> {

    /** The shells a script can be printed for. */
    public enum Shell {
        bash, zsh
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (shell == Shell.zsh) {
            // zsh runs bash completion scripts once its bash compatibility layer is loaded.
            out.println("autoload -U +X compinit && compinit");
            out.println("autoload -U +X bashcompinit && bashcompinit");
        }
        out.print(AutoComplete.bash("news", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
