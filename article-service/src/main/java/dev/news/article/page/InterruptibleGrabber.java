package dev.news.article.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import kotlin.jvm.functions.Function1;
import kotlin.text.Regex;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityObject;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.util.RegExUtil;

/**
 * Readability4J's content finder, with its steps corrected where its 2018 port differs from Readability.js (each
 * override says how), and stopped when its thread is interrupted: each of these steps runs once per node or candidate
 * in every pass, so a page that takes too long is stopped within one of them.
 */
final class InterruptibleGrabber extends ArticleGrabber {

    private static final int SCORED_LEVELS_BEFORE = 3;
    private static final int SCORED_LEVELS = 5;
    private static final Pattern SHARE = Pattern.compile("(\\b|_)share(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final int SHARE_BAR_MAX_CHARS = 500;
    private static final int SHORT_BLOCK_CHARS = 25;
    private static final String UNLIKELY_REASON = "Removing unlikely candidate";
    private static final String SHIELDED = "readability-kept";
    private static final String AS_LIST = "ul";
    private static final Set<String> LISTS = Set.of("ul", "ol");
    /** Readability.js's share of a block's text in lists above which the block is judged as a list. */
    private static final double LIST_TEXT_SHARE = 0.9;
    /** Readability.js's share of a heading's text in words of the title above which the heading is the headline. */
    private static final double HEADLINE_TITLE_SHARE = 0.75;
    /** Readability.js's weight of a link to a place in the same page, against 1 for any other link. */
    private static final double IN_PAGE_LINK_WEIGHT = 0.3;
    /** Readability4J scores a paragraph of this many characters or more. */
    private static final int SCORED_MIN_CHARS = 25;
    /** Commas other than the ASCII one: every punctuation mark that Unicode names a comma (Arabic, full-width, ...). */
    private static final BitSet OTHER_COMMAS = otherCommas();
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final RegExUtil regEx;
    private final Set<String> titleWords;
    private final List<Element> attempts = new ArrayList<>();

    /** {@code title} is the page's title as its metadata gives it, or null. */
    InterruptibleGrabber(ReadabilityOptions options, RegExUtil regEx, String title) {
        super(options, regEx);
        this.regEx = regEx;
        this.titleWords = title == null ? Set.of() : Set.copyOf(words(title));
    }

    /**
     * When no pass finds as much text as it asks for (each retry drops one of its rules), Readability.js returns the pass
     * that found the most text, Readability4J its last pass: the one without any rule, which can choose a block of
     * furniture that an earlier pass left out and miss the article that pass found.
     */
    @Override
    public Element grabArticle(Document page, ArticleMetadata metadata, ArticleGrabberOptions options, Element pageElement) {
        attempts.clear();
        Element found = super.grabArticle(page, metadata, options, pageElement);
        if (found != null && textLength(found) >= getWordThreshold()) {
            return found;
        }
        Element longest = null;
        int longestLength = 0;
        for (Element attempt : attempts) {
            int length = textLength(attempt);
            if (length > longestLength) {
                longest = attempt;
                longestLength = length;
            }
        }
        return longest;
    }

    /**
     * Readability.js leaves out of the content every {@code <aside>} (text set beside the article: a fact box on another
     * story, a note on the author), Readability4J keeps them. An aside that was itself chosen as the content or joined
     * to it for its score stays, so that a page which puts its article in one is not left without it. Each pass ends
     * here with the content it found; the content is not in the page, so it outlives the next pass.
     */
    @Override
    protected void prepArticle(Element content, ArticleGrabberOptions options, ArticleMetadata metadata) {
        content.getElementsByTag("aside").stream().filter(e -> e != content && e.parent() != content).forEach(Element::remove);
        super.prepArticle(content, options, metadata);
        attempts.add(content);
    }

    private int textLength(Element e) {
        return getInnerText(e, regEx, true).length();
    }

    /**
     * Readability.js takes the first h1 or h2 whose words are mostly words of the title for the headline, and leaves it
     * out of the content; Readability4J leaves out only an h2 that is the content's only one and close to the title in
     * length. The headline is then looked for in every pass, as each pass starts again from the whole page.
     */
    @Override
    protected List<Element> prepareNodes(Document page, ArticleGrabberOptions options) {
        if (!titleWords.isEmpty()) {
            page.body().select("h1, h2").stream().filter(this::repeatsTitle).findFirst().ifPresent(Element::remove);
        }
        return super.prepareNodes(page, options);
    }

    // Readability.js's measure: the words of the heading that the title lacks make up under a quarter of its text.
    private boolean repeatsTitle(Element heading) {
        List<String> words = words(heading.text());
        String own = String.join(" ", words.stream().filter(w -> !titleWords.contains(w)).toList());
        return !words.isEmpty() && own.length() < (1 - HEADLINE_TITLE_SHARE) * String.join(" ", words).length();
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORD_BREAK.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Readability4J counts a paragraph's commas as ASCII commas only; Readability.js also counts the commas of other
     * scripts, so a page written in those scripts had its paragraphs scored as if they held no comma. We count every
     * punctuation mark Unicode names a comma (the full-width and ideographic commas of Chinese, the Arabic comma, ...). Each such comma adds here what Readability4J adds for an ASCII one: a
     * point to the paragraph, spread over its ancestors as Readability4J spreads the paragraph's score.
     */
    @Override
    protected List<Element> scoreElements(List<? extends Element> paragraphs, ArticleGrabberOptions options) {
        List<Element> candidates = super.scoreElements(paragraphs, options);
        for (Element paragraph : paragraphs) {
            PageExtractor.stopIfInterrupted();
            String text = paragraph.parent() == null ? "" : getInnerText(paragraph, regEx, true);
            long commas = text.length() < SCORED_MIN_CHARS ? 0 : text.codePoints().filter(OTHER_COMMAS::get).count();
            if (commas > 0) {
                List<Element> ancestors = getNodeAncestors(paragraph, SCORED_LEVELS);
                for (int level = 0; level < ancestors.size(); level++) {
                    ReadabilityObject score = getReadabilityObject(ancestors.get(level));
                    if (score != null) {
                        score.setContentScore(score.getContentScore() + commas / scoreDivider(level));
                    }
                }
            }
        }
        return candidates;
    }

    private static BitSet otherCommas() {
        BitSet commas = new BitSet();
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.OTHER_PUNCTUATION) {
                String name = Character.getName(cp);
                if (name != null && name.contains("COMMA")) {
                    commas.set(cp);
                }
            }
        }
        return commas;
    }

    // How Readability4J divides a paragraph's score for its ancestor at a level: all for the parent, half for the
    // grandparent, then a third of the level's number (a sixth at level 2, a ninth at level 3, ...).
    private static double scoreDivider(int level) {
        return level == 0 ? 1 : level == 1 ? 2 : level * 3;
    }

    @Override
    protected Element getNextNode(Element node, boolean ignoreSelfAndKids) {
        PageExtractor.stopIfInterrupted();
        return super.getNextNode(node, ignoreSelfAndKids);
    }

    @Override
    protected ReadabilityObject getReadabilityObject(Element element) {
        PageExtractor.stopIfInterrupted();
        return super.getReadabilityObject(element);
    }

    /**
     * Readability4J takes a node for the byline (and leaves it out of the content) by its rel or its class and id;
     * Readability.js also by an {@code itemprop} naming the author, which is how structured markup writes a byline.
     */
    @Override
    protected boolean checkByline(Element node, String matchString) {
        if (super.checkByline(node, matchString)) {
            return true;
        }
        if (getArticleByline() == null && node.attr("itemprop").contains("author") && isValidByline(node.wholeText())) {
            setArticleByline(node.text().strip());
            return true;
        }
        return false;
    }

    /**
     * Readability4J spreads a paragraph's score over three levels of ancestors, Readability.js now over five: with three,
     * an article split into sections that sit deeper than three levels under their common parent is cut to one section.
     * Scoring is the only caller that asks for three; the others ask for all ancestors.
     */
    @Override
    protected List<Element> getNodeAncestors(Element node, int maxDepth) {
        return super.getNodeAncestors(node, maxDepth == SCORED_LEVELS_BEFORE ? SCORED_LEVELS : maxDepth);
    }

    /**
     * Readability4J drops every block inside the content whose class or id merely contains "share", the article's own
     * wrapper included when it is named, say, "story-share-wrapper"; a share bar is a block with "share" as a word of
     * its name and under {@value #SHARE_BAR_MAX_CHARS} characters of text, and only such a block is dropped here.
     */
    @Override
    protected void cleanMatchedNodes(Element content, Regex ignored) {
        for (Element e : content.getAllElements()) {
            PageExtractor.stopIfInterrupted();
            if (e != content && e.parent() != null && SHARE.matcher(e.className() + " " + e.id()).find()
                    && e.text().length() < SHARE_BAR_MAX_CHARS) {
                e.remove();
            }
        }
    }

    /**
     * Readability4J drops every block under 25 characters of text when it cleans the content; Readability.js now drops
     * such a block only when it holds a link. Without that, short paragraphs written as blocks of their own (a line of
     * dialogue, a subheading) go missing. A short block of two words or more with no link, image, list, field or embed
     * and a class weight of zero or more is hidden from the cleaning under another tag name, and named back after it; a
     * one-word label ("Advertisement", "Loading") is still dropped, which Readability.js does not do. A data table, and
     * a block that holds one, is hidden from the cleaning the same way.
     * <p>
     * Readability4J judges a block as a list only by its tag; Readability.js also judges so a block whose text is almost
     * all in lists (a list under its heading: a table of contents, a list of references), which spares it the rules
     * for blocks that hold list items but are not lists (more items than paragraphs, more than a fifth of the text in
     * links). Such a block is judged here by Readability4J's own rules for lists, and hidden from the rest of the
     * cleaning when it passes them.
     */
    @Override
    protected void cleanConditionally(Element content, String tag, ArticleGrabberOptions options) {
        List<Element> shielded = new ArrayList<>();
        if (options.getCleanConditionally()) {
            List<Element> listLike = new ArrayList<>();
            for (Element e : content.getElementsByTag(tag)) {
                PageExtractor.stopIfInterrupted();
                if (e == content) {
                    continue;
                }
                if (holdsDataTable(e) || shortWithoutLinks(e, options)) {
                    e.tagName(SHIELDED);
                    shielded.add(e);
                } else if (!LISTS.contains(tag) && mostlyLists(e)) {
                    listLike.add(e);
                }
            }
            // The innermost first, as the cleaning goes: a block judged keeps its verdict when its parent is judged.
            for (int i = listLike.size() - 1; i >= 0; i--) {
                Element e = listLike.get(i);
                e.tagName(AS_LIST);
                super.cleanConditionally(e, AS_LIST, options);
                if (e.parent() != null) {
                    e.tagName(SHIELDED);
                    shielded.add(e);
                }
            }
        }
        super.cleanConditionally(content, tag, options);
        shielded.forEach(e -> e.tagName(tag));
    }

    /**
     * Readability4J drops a node whose class or id looks unlikely (a cell classed "header") even inside a table or
     * code, where Readability.js keeps it: a table's cells and a listing's lines are not page furniture. Readability4J
     * names the reason it removes a node; that name is how the unlikely ones are told apart.
     */
    @Override
    protected Element removeAndGetNext(Element node, String reason) {
        if (UNLIKELY_REASON.equals(reason) && (hasAncestorTag(node, "table", -1, null) || hasAncestorTag(node, "code", -1, null))) {
            return getNextNode(node, false);
        }
        return super.removeAndGetNext(node, reason);
    }

    // Readability4J checks only a table's ancestors for being a data table, so a table of figures with a few images in
    // its cells is dropped as an image gallery; Readability.js keeps a data table and any block that holds one.
    private boolean holdsDataTable(Element e) {
        return e.getElementsByTag("table").stream().anyMatch(this::getReadabilityDataTable);
    }

    private boolean mostlyLists(Element e) {
        int text = textLength(e);
        if (text == 0) {
            return false;
        }
        // Nested lists count again, as Readability.js counts them.
        int inLists = e.select("ul, ol").stream().mapToInt(this::textLength).sum();
        return inLists > LIST_TEXT_SHARE * text;
    }

    private boolean shortWithoutLinks(Element e, ArticleGrabberOptions options) {
        String text = getInnerText(e, regEx, true);
        return text.length() < SHORT_BLOCK_CHARS && text.split("\\s+").length >= 2
                && e.select("a, img, li, input, embed, object, iframe").isEmpty() && getClassWeight(e, options) >= 0;
    }

    /**
     * The share of an element's text in links. Readability.js counts a link to a place in the same page (a footnote
     * mark, a section of a table of contents) at {@value #IN_PAGE_LINK_WEIGHT} of its length, since it leads nowhere
     * else; Readability4J counts it whole, and drops text that refers to its own notes as if it were a list of links.
     */
    @Override
    protected double getLinkDensity(Element element) {
        PageExtractor.stopIfInterrupted();
        int text = textLength(element);
        if (text == 0) {
            return 0;
        }
        double links = 0;
        for (Element link : element.getElementsByTag("a")) {
            String href = link.attr("href");
            double weight = href.length() > 1 && href.startsWith("#") ? IN_PAGE_LINK_WEIGHT : 1;
            links += weight * textLength(link);
        }
        return links / text;
    }

    @Override
    protected int getClassWeight(Element element, ArticleGrabberOptions options) {
        PageExtractor.stopIfInterrupted();
        return super.getClassWeight(element, options);
    }

    @Override
    protected boolean hasAncestorTag(Element node, String tagName, int maxDepth, Function1<? super Element, Boolean> filter) {
        PageExtractor.stopIfInterrupted();
        return super.hasAncestorTag(node, tagName, maxDepth, filter);
    }
}
