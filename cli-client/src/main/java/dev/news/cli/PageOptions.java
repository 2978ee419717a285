package dev.news.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that name a web page: {@code --html FILE|-} with an optional {@code --source-url}, or {@code --url}. */
public final class PageOptions {

    @Option(names = "--html", paramLabel = "FILE",
            description = "A saved web page, or - for one on standard input; its article is extracted by article-service.")
    String html;

    @Option(names = "--url", paramLabel = "URL",
            description = "A web page to fetch (http or https, up to 5 redirects, 5 MiB, within --timeout); "
                    + "its final address is sent with it.")
    String url;

    @Option(names = "--source-url", paramLabel = "URL",
            description = "Where the article or page was published; resolves a page's relative links.")
    String sourceUrl;

    /** Whether a page was named. */
    public boolean given() {
        return html != null || url != null;
    }

    /** The address given with {@code --source-url}, or null. */
    public String sourceUrl() {
        return sourceUrl;
    }

    /** Checks that at most one page is named, and {@code --source-url} not with {@code --url}, which has its own. */
    public void validate(CommandLine commandLine) {
        if (html != null && url != null) {
            throw new ParameterException(commandLine, "give the page with --html or --url, not both");
        }
        if (url != null && sourceUrl != null) {
            throw new ParameterException(commandLine, "--source-url goes with --html: with --url, the page's address is sent");
        }
    }

    /** The page's bytes: read from the file or standard input, or fetched. */
    public WebPage read(Session session) {
        if (url != null) {
            return session.pageFetcher().fetch(url);
        }
        byte[] bytes = readFile(session);
        if (bytes.length == 0) {
            throw new NewsException(ExitCodes.USAGE, "no page: " + describe() + " is empty");
        }
        return new WebPage(bytes, null, sourceUrl);
    }

    private byte[] readFile(Session session) {
        try {
            if (TextInput.STDIN.equals(html)) {
                if (session.environment().stdinIsTerminal()) {
                    session.err().println("reading from standard input (Ctrl-D to end)");
                    session.err().flush();
                }
                return limited(session.environment().stdin());
            }
            try (InputStream in = Files.newInputStream(Path.of(html))) {
                return limited(in);
            }
        } catch (NoSuchFileException e) {
            throw new NewsException(ExitCodes.ERROR, "no such file: " + html, null, e);
        } catch (IOException e) {
            throw new NewsException(ExitCodes.ERROR, "cannot read " + describe() + ": " + e.getMessage(), null, e);
        }
    }

    /** Reads at most one byte past the limit, so that a huge file is refused without being held in memory. */
    private byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(PageFetcher.MAX_BYTES + 1);
        if (bytes.length > PageFetcher.MAX_BYTES) {
            throw PageFetcher.tooLarge(describe());
        }
        return bytes;
    }

    private String describe() {
        return TextInput.STDIN.equals(html) ? "standard input" : html;
    }
}
