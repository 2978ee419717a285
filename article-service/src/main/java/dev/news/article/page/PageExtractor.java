package dev.news.article.page;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the article in a web page: decodes the bytes ({@link PageDecoder}), parses them with jsoup (broken markup
 * parses as browsers would), reads the metadata ({@link PageMetadata}), drops debris ({@link DebrisFilter}), finds the
 * article's content with Readability4J (a port of Readability.js) and writes it as paragraphs ({@link ParagraphWriter}).
 * Plain Java: no fetching, no framework. Stops with {@link UnreadablePageException} when its thread is interrupted.
 */
public final class PageExtractor {

    /**
     * Limits on a page, checked after parsing and before the content is looked for: content detection costs time that
     * grows faster than the page with its element count and, above all, with its nesting depth.
     */
    public record Limits(int maxElements, int maxDepth, int minBodyChars) {
    }

    // A page has at least one tag; a binary file (an image, a PDF) has NUL bytes or control characters early on.
    private static final Pattern TAG = Pattern.compile("<(!doctype\\s+html|html|head|body|meta|title|p|div|article|main|h[1-6]|br|span|a|section)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BINARY = Pattern.compile("[\\x00-\\x08\\x0E-\\x1A]");
    private static final int MAX_TITLE_CHARS = 200;

    private final Limits limits;
    private final ContentFinder content = new ContentFinder();

    public PageExtractor(Limits limits) {
        this.limits = limits;
    }

    /**
     * The article in {@code bytes}; {@code charset} is the request's charset parameter (or null), {@code address} the
     * page's URL for relative links (or null).
     */
    public ExtractedPage extract(byte[] bytes, String charset, String address) {
        String text = PageDecoder.decode(bytes, charset).text();
        String head = text.substring(0, Math.min(text.length(), 8192));
        if (BINARY.matcher(head).find()) {
            throw new UnreadablePageException("not HTML: binary content");
        }
        if (!TAG.matcher(text).find()) {
            throw new UnreadablePageException("not HTML: no HTML tag found");
        }
        Document page = parse(text, address);
        checkShape(page);
        PageMetadata meta = PageMetadata.read(page);
        stopIfInterrupted();
        DebrisFilter.clean(page);
        stopIfInterrupted();
        ContentFinder.Found found = content.find(page, address, meta.title());
        stopIfInterrupted();
        String written = found.content() == null ? "" : ParagraphWriter.write(found.content());
        String title = meta.title() != null ? meta.title() : found.title();
        String body = written;
        if (title == null || title.isBlank()) {
            // A page with no title of any kind: its first paragraph names it, as a reader would, and stays in the body.
            title = written.split("\n", 2)[0];
        } else {
            body = withoutHeadline(written, title);
        }
        body = withoutByline(body, meta.authors());
        if (body.codePointCount(0, body.length()) < limits.minBodyChars()) {
            throw new UnreadablePageException("no article text found in the page");
        }
        return new ExtractedPage(shorten(title.replaceAll("\\s+", " ").strip()), body, meta.authors(), meta.publishedAt(),
                meta.modifiedAt(), meta.siteName(), meta.language(), meta.canonicalUrl(), meta.imageUrl());
    }

    private static Document parse(String text, String address) {
        try {
            return Parser.htmlParser().parseInput(new InterruptibleReader(text), address == null ? "" : address);
        } catch (UncheckedIOException e) {
            stopIfInterrupted();
            throw e;
        }
    }

    // The headline repeated as the body's first paragraph (the page's <h1>) is the title, not text of the article.
    private static String withoutHeadline(String body, String title) {
        String[] first = body.split("\n\n", 2);
        boolean repeated = first.length == 2 && words(first[0]).equals(words(title));
        return repeated ? first[1] : body;
    }

    // A byline kept as the body's first paragraph ("By Jane Roe", "By Jane Roe and Ola Berg") is metadata, read as authors.
    private static String withoutByline(String body, List<String> authors) {
        String[] first = body.split("\n\n", 2);
        if (first.length < 2 || authors.isEmpty()) {
            return body;
        }
        String paragraph = words(first[0]);
        if (!paragraph.startsWith("by ") || paragraph.split(" ").length > 4 * authors.size() + 3) {
            return body;
        }
        boolean namesAll = authors.stream().allMatch(a -> paragraph.contains(words(a)));
        return namesAll ? first[1] : body;
    }

    private static String words(String text) {
        return String.join(" ", text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }

    private void checkShape(Document page) {
        int[] elements = {0};
        int[] depth = {0};
        NodeTraversor.traverse((node, level) -> {
            if (node instanceof Element) {
                elements[0]++;
                depth[0] = Math.max(depth[0], level);
            }
        }, page);
        if (elements[0] > limits.maxElements()) {
            throw new UnreadablePageException("the page has more than " + limits.maxElements() + " elements");
        }
        if (depth[0] > limits.maxDepth()) {
            throw new UnreadablePageException("the page's elements are nested more than " + limits.maxDepth() + " deep");
        }
    }

    /** Ends the extraction when the thread has been interrupted (its deadline passed). */
    static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new UnreadablePageException("the extraction was stopped at its deadline");
        }
    }

    private static String shorten(String title) {
        if (title.length() <= MAX_TITLE_CHARS) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
        return title.substring(0, cut > 0 ? cut : MAX_TITLE_CHARS - 1) + "\u2026";
    }
}
