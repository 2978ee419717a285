package dev.news.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news articles get ID}: one stored article with its body. */
@Command(name = "get",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles get 42",
            "  news articles get 42 -o json",
        },
        description = "Prints a stored article.")
public final class ArticlesGetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id.")
    long id;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Session session = NewsCommand.session(spec);
        JsonNode article = session.articles().get("/articles/" + id, "article " + id);
        session.printer(output).print(article, new ArticleView());
        return ExitCodes.OK;
    }
}
