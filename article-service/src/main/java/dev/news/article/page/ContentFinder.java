package dev.news.article.page;

import java.util.ArrayList;
import java.util.List;

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

    /*
     * Changes to Readability4J's default class and id patterns, each for text it lost on the dev pages: "foot" also
     * matches "footnote", so only "footer" marks a page footer now, and "tool" no longer marks a block negative; a name
     * with "content" in it vouches for a block that another word of it ("sidebar") would drop, and so does "mathjax",
     * whose rendered formulas carry class names with "menu" in them; "-ad-" and "gdpr" name advertising and consent
     * blocks.
     */
    private static final String UNLIKELY = without(RegExUtil.UnlikelyCandidatesDefaultPattern, "foot") + "|footer|-ad-|gdpr";
    private static final String MAYBE_A_CANDIDATE = RegExUtil.OkMaybeItsACandidateDefaultPattern + "|content|mathjax";
    private static final String NEGATIVE = without(RegExUtil.NegativeDefaultPattern, "foot", "footnote", "tool") + "|-ad-|gdpr";

    private final ReadabilityOptions options;
    private final RegExUtil regEx;

    ContentFinder() {
        this.options = new Defaults().options();
        this.regEx = new RegExUtil(UNLIKELY, MAYBE_A_CANDIDATE, RegExUtil.PositiveDefaultPattern, NEGATIVE,
                RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern, RegExUtil.ReplaceFontsDefaultPattern,
                RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern, RegExUtil.NextLinkDefaultPattern,
                RegExUtil.PrevLinkDefaultPattern, RegExUtil.WhitespaceDefaultPattern, RegExUtil.HasContentDefaultPattern);
    }

    /** The article's content (null when none was found) and the title Readability4J read. */
    record Found(Element content, String title) {
    }

    /** The content of {@code page}; {@code title} is the page's title as its metadata gives it (or null). */
    Found find(Document page, String address, String title) {
        // Without an address Readability4J fails to resolve links and logs the whole content; only text is used here.
        Readability4J readability = new Readability4J(address == null ? NO_ADDRESS : address, page, options, regEx, new Preprocessor(regEx),
                new MetadataParser(regEx), new InterruptibleGrabber(options, regEx, title), new Postprocessor());
        Article article = readability.parse();
        return new Found(article.getArticleContent(), article.getTitle());
    }

    /** An alternation pattern without the given alternatives. */
    private static String without(String pattern, String... removed) {
        List<String> parts = new ArrayList<>(List.of(pattern.split("\\|")));
        parts.removeAll(List.of(removed));
        return String.join("|", parts);
    }

    // Readability4J makes its default options only through Kotlin default arguments, which Java cannot
    // call: an instance made with them hands them over. They are immutable and shared by all extractions.
    private static final class Defaults extends Readability4J {

        Defaults() {
            super("", new Document(""));
        }

        ReadabilityOptions options() {
            return getOptions();
        }
    }
}
