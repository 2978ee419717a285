package dev.news.article.page;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;

/** Finds the element holding a page's article, with Readability4J's algorithm, stoppable by interrupting the thread. */
final class ContentFinder {

    /** A base for relative links when the page's address is unknown: a reserved name that resolves nowhere. */
    private static final String NO_ADDRESS = "https://page.invalid/";

    private final ReadabilityOptions options;
    private final RegExUtil regEx;

    ContentFinder() {
        Defaults defaults = new Defaults();
        this.options = defaults.options();
        this.regEx = defaults.regEx();
    }

    /** The article's content (null when none was found) and the title Readability4J read. */
    record Found(Element content, String title) {
    }

    Found find(Document page, String address) {
        // Without an address Readability4J fails to resolve links and logs the whole content; only text is used here.
        Readability4J readability = new Readability4J(address == null ? NO_ADDRESS : address, page, options, regEx, new Preprocessor(regEx),
                new MetadataParser(regEx), new InterruptibleGrabber(options, regEx), new Postprocessor());
        Article article = readability.parse();
        return new Found(article.getArticleContent(), article.getTitle());
    }

    // Readability4J makes its default options and patterns only through Kotlin default arguments, which Java cannot
    // call: an instance made with them hands them over. Both are immutable and shared by all extractions.
    private static final class Defaults extends Readability4J {

        Defaults() {
            super("", new Document(""));
        }

        ReadabilityOptions options() {
            return getOptions();
        }

        RegExUtil regEx() {
            return getRegEx();
        }
    }
}
