package dev.news.article.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An article's markup as plain text: one paragraph per block (paragraph, heading, list item, block quote, table cell),
 * paragraphs separated by a blank line, whitespace collapsed except in {@code <pre>}, a {@code <br>} a line break.
 */
final class ParagraphWriter implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "figure", "hr", "address", "details", "summary");

    /** Elements a browser never shows as text: a whole-page fallback of the content finder carries the page's title along. */
    private static final Set<String> NOT_SHOWN = Set.of("head", "title", "style", "script", "template");

    private static final Pattern INLINE_STYLE = Pattern.compile("display\\s*:\\s*inline\\s*(;|$)", Pattern.CASE_INSENSITIVE);

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    private ParagraphWriter() {
    }

    static String write(Element content) {
        ParagraphWriter writer = new ParagraphWriter();
        NodeTraversor.traverse(writer, content);
        writer.flush();
        return String.join("\n\n", writer.paragraphs);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            Element parent = text.parent();
            if (parent == null || !NOT_SHOWN.contains(parent.normalName())) {
                append(preDepth > 0 ? text.getWholeText() : text.text());
            }
        } else if (node instanceof Element e) {
            PageExtractor.stopIfInterrupted();
            String tag = e.normalName();
            if (tag.equals("br")) {
                current.append('\n');
            } else if (tag.equals("img")) {
                append(" ");
            } else if (block(e)) {
                flush();
            } else if (inlineBlock(e)) {
                append(" ");
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("pre")) {
                preDepth--;
            }
            if (block(e)) {
                flush();
            } else if (inlineBlock(e)) {
                append(" ");
            }
        }
    }

    private static boolean block(Element e) {
        return BLOCKS.contains(e.normalName()) && !inlineBlock(e);
    }

    // Readability4J wraps each run of text between a block's children in a <p style="display: inline;">, trimmed: the
    // runs of one sentence ("printed on page<!-- --> 4") stay one paragraph, a space apart, as a browser shows
    // them on one line; the space also keeps apart the words of runs that were lines.
    private static boolean inlineBlock(Element e) {
        return BLOCKS.contains(e.normalName()) && INLINE_STYLE.matcher(e.attr("style")).find();
    }

    private void append(String text) {
        // Two inline texts meet with the space that the markup put between them, and only one.
        if (!text.isEmpty() && !current.isEmpty() && preDepth == 0 && Character.isWhitespace(text.charAt(0))
                && Character.isWhitespace(current.charAt(current.length() - 1))) {
            current.append(text.stripLeading());
        } else {
            current.append(text);
        }
    }

    private void flush() {
        String paragraph = preDepth > 0 ? current.toString().strip()
                : current.toString().replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").replaceAll(" ?\n ?", "\n").strip();
        paragraph = paragraph.replaceAll("\n{2,}", "\n");
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
