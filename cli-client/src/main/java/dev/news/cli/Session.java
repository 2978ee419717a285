package dev.news.cli;

import java.io.PrintWriter;

/** What one run of a command works with: settings, the two services, and where to print. */
public final class Session {

    private final Environment environment;
    private final Settings settings;
    private final Terminal terminal;
    private final PrintWriter err;
    private final Pager pager;

    public Session(Environment environment, Settings settings, Terminal terminal, PrintWriter err, Pager pager) {
        this.environment = environment;
        this.settings = settings;
        this.terminal = terminal;
        this.err = err;
        this.pager = pager;
    }

    public Environment environment() {
        return environment;
    }

    public Terminal terminal() {
        return terminal;
    }

    public PrintWriter err() {
        return err;
    }

    public Printer printer(OutputOptions output) {
        return new Printer(output.format(), terminal, pager);
    }

    public ServiceClient articles() {
        return new ServiceClient("article-service", settings.articleUrl(), settings.token(), settings.timeout(), userAgent(),
                new ServiceClient.Hints("--article-url or NEWS_ARTICLE_URL", tokenSetting()));
    }

    public ServiceClient summaries() {
        return new ServiceClient("summary-service", settings.summaryUrl(), settings.token(), settings.timeout(), userAgent(),
                new ServiceClient.Hints("--summary-url or NEWS_SUMMARY_URL", tokenSetting()));
    }

    /** Fetches web pages for {@code --url}, within the same --timeout as an answer of a service. */
    public PageFetcher pageFetcher() {
        return new PageFetcher(settings.timeout(), userAgent());
    }

    private String tokenSetting() {
        return "NEWS_TOKEN or token in " + environment.configFile()
                + " (for the local run: export NEWS_TOKEN=$(./news-local token))";
    }

    private static String userAgent() {
        return "news-cli/" + VersionProvider.version();
    }
}
