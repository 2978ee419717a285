package dev.news.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code news articles delete ID}: removes a stored article. */
@Command(name = "delete",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles delete 42",
            "  news articles list --query test -o name | xargs news articles delete",
        },
        description = "Deletes stored articles.")
public final class ArticlesDeleteCommand implements Callable<Integer> {

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
        return PerArticle.print(session, output, ids, id -> {
            articles.delete("/articles/" + id, "article " + id);
            return ServiceClient.JSON.createObjectNode().put("id", id).put("deleted", true);
        }, (deleted, terminal) -> terminal.println("deleted article " + deleted.path("id").asText()));
    }
}
