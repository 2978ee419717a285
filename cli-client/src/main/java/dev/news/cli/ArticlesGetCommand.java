package dev.news.cli;

import java.util.List;
import java.util.concurrent.Callable;

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
            "  news articles get 42 43 -o json",
        },
        description = "Prints a stored article.")
public final class ArticlesGetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The article's id; several are answered in turn.")
    List<Long> ids;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Session session = NewsCommand.session(spec);
        ServiceClient articles = session.articles();
        return PerArticle.print(session, output, ids, id -> articles.get("/articles/" + id, "article " + id), new ArticleView());
    }
}
