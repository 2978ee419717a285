package dev.news.article.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes what is never part of an article before its text is looked for: scripts and forms, navigation, captions,
 * hidden elements, datelines, and blocks whose class, id or role names page furniture (share bars, related links, comments, ads,
 * cookie and subscription prompts). A named block is kept when it holds most of the page's text, for pages that
 * put the whole article inside, say, a {@code class="article has-comments"}.
 */
final class DebrisFilter {

    private static final Set<String> TAGS = Set.of("script", "style", "noscript", "template", "nav", "form", "button",
            "iframe", "svg", "figcaption", "dialog", "select", "input", "textarea", "object", "embed", "canvas", "link");
    private static final Set<String> ROLES = Set.of("navigation", "dialog", "alertdialog", "banner", "contentinfo",
            "complementary", "menu", "menubar", "search", "tablist");
    // Words of a class or id, split at -, _, spaces and camel case: "share-bar", "relatedLinks", "cookie_notice".
    // A pair of words counts joined too: "most-read" is "mostread".
    private static final Set<String> DEBRIS_WORDS = Set.of("share", "sharing", "sharebar", "social", "related",
            "recommended", "recirculation", "newsletter", "newsletters", "subscribe", "subscription", "signup", "cookie",
            "cookies", "consent", "gdpr", "comment", "comments", "disqus", "promo", "advert", "advertisement", "ad", "ads",
            "adslot", "sponsor", "sponsored", "caption", "credit", "credits", "breadcrumb", "breadcrumbs", "paywall", "popup",
            "modal", "outbrain", "taboola", "toolbar", "mostread", "trending", "morestories", "readmore");
    private static final Set<String> NEGATIONS = Set.of("no", "non", "not", "without");
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    /** A named block holding more than this share of the page's text is the article's wrapper, not debris. */
    private static final double MAX_TEXT_SHARE = 0.4;

    private DebrisFilter() {
    }

    static void clean(Document page) {
        Element body = page.body();
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            PageExtractor.stopIfInterrupted();
            if (e != body && (TAGS.contains(e.normalName()) || hidden(e))) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
        // A date standing alone is the page's dateline, read as metadata; a date inside a sentence stays.
        for (Element time : body.getElementsByTag("time")) {
            if (time.parent() != null && (time.parent().text().strip().equals(time.text().strip()) || standsAlone(time))) {
                time.remove();
            }
        }
        int pageText = body.text().length();
        List<Element> named = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            PageExtractor.stopIfInterrupted();
            if (e != body && !e.normalName().equals("article") && !inRunningText(e) && namedDebris(e)) {
                named.add(e);
            }
        }
        for (Element e : named) {
            if (e.parent() != null && e.text().length() <= MAX_TEXT_SHARE * pageText) {
                e.remove();
            }
        }
    }

    // A link or span with words of a sentence on either side is part of that sentence, whatever its class names:
    // annotated texts mark words with class="popup", and a class naming furniture wraps the whole bar, not a phrase.
    private static boolean inRunningText(Element e) {
        return !e.isBlock() && !standsAlone(e);
    }

    // No text runs on either side of it: only blocks, line breaks or nothing.
    private static boolean standsAlone(Element e) {
        return blockOrNothing(e.previousSibling(), true) && blockOrNothing(e.nextSibling(), false);
    }

    private static boolean blockOrNothing(Node node, boolean backwards) {
        while (node instanceof TextNode text && text.isBlank()) {
            node = backwards ? node.previousSibling() : node.nextSibling();
        }
        return node == null || (node instanceof Element e && (e.isBlock() || e.normalName().equals("br")));
    }

    private static boolean hidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find() || hiddenByClass(e.classNames());
    }

    // The class "hidden" hides an element everywhere unless a screen-size variant ("md:flex", "lg:block") shows it again.
    private static boolean hiddenByClass(Set<String> classes) {
        return classes.stream().anyMatch("hidden"::equalsIgnoreCase) && classes.stream().noneMatch(c -> c.indexOf(':') > 0);
    }

    private static boolean namedDebris(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && ROLES.contains(role)) {
            return true;
        }
        for (String name : (e.className() + " " + e.id()).split("\\s+")) {
            String[] words = WORD_BREAK.split(name);
            // An id of many words is made from a heading ("sharing-tips-for-a-small-team"), not a furniture name.
            if (words.length > MAX_NAME_WORDS) {
                continue;
            }
            for (int i = 0; i < words.length; i++) {
                String word = words[i].toLowerCase(Locale.ROOT);
                String pair = i + 1 < words.length ? word + words[i + 1].toLowerCase(Locale.ROOT) : "";
                // "no-promo", "without-promos": a block said to lack the furniture.
                boolean negated = i > 0 && NEGATIONS.contains(words[i - 1].toLowerCase(Locale.ROOT));
                if (!negated && (DEBRIS_WORDS.contains(word) || DEBRIS_WORDS.contains(pair))) {
                    return true;
                }
            }
        }
        return false;
    }
}
