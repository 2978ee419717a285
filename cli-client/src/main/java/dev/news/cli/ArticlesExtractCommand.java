package dev.news.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code news articles extract}: shows the article article-service would store from a web page, storing nothing. */
@Command(name = "extract",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news articles extract --html saved-page.html",
            "  news articles extract --url https://example.org/news/talks-in-geneva -o json",
        },
        description = {
    "Shows what adding a web page would store (title, authors, published time, site, language, canonical URL "
        + "and body) without storing it; the page is a file, standard input (-) or fetched from --url.",
})
public final class ArticlesExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PageOptions page;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        page.validate(spec.commandLine());
        if (!page.given()) {
            throw new ParameterException(spec.commandLine(), "Missing the page: give --html FILE, --html - or --url URL");
        }
        Session session = NewsCommand.session(spec);
        WebPage read = page.read(session);
        ServiceClient.Reply reply = session.articles()
                .post(read.pathWithSource("/articles/extract"), read.bytes(), read.contentType(), null);
        session.printer(output).print(reply.body(), new ArticleView());
        return ExitCodes.OK;
    }
}
