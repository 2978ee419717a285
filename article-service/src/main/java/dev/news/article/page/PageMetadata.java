package dev.news.article.page;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article, each field from the first source that has it: JSON-LD ({@code NewsArticle},
 * {@code Article}, ...), then Open Graph and other {@code meta} tags, then the markup ({@code <time>}, bylines,
 * {@code <title>}). URLs are resolved against the page's address and kept only when absolute http(s).
 */
public record PageMetadata(String title, List<String> authors, OffsetDateTime publishedAt, OffsetDateTime modifiedAt,
        String siteName, String language, String canonicalUrl, String imageUrl) {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern BY = Pattern.compile("^(?i)(by|von|par|por|di|door)\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:/»·]\\s+");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final int MAX_AUTHORS = 20;
    private static final int MAX_AUTHOR_LENGTH = 100;

    /** Reads the metadata of a parsed page; {@code document.location()} is its address, or empty. */
    public static PageMetadata read(Document page) {
        Optional<JsonLdArticle> ld = JsonLdArticle.find(page);
        String siteName = first(
                () -> meta(page, "og:site_name"),
                () -> ld.flatMap(JsonLdArticle::publisherName),
                () -> meta(page, "application-name")).orElse(null);
        String title = headline(page, ld).or(() -> titleElement(page, siteName)).orElse(null);
        return new PageMetadata(
                title,
                authors(page, ld),
                time(ld, "datePublished", page, "article:published_time", "og:published_time", "published_time",
                        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "date", "pubdate")
                        .or(() -> timeElement(page)).orElse(null),
                time(ld, "dateModified", page, "article:modified_time", "og:updated_time", "modified_time", "dc.date.modified",
                        "last-modified").orElse(null),
                siteName,
                language(page, ld),
                first(() -> link(page, "link[rel~=(?i)^canonical$]"),
                        () -> absolute(page, meta(page, "og:url")),
                        () -> absolute(page, ld.flatMap(a -> a.url("mainEntityOfPage"))),
                        () -> absolute(page, ld.flatMap(a -> a.url("url")))).orElse(null),
                first(() -> absolute(page, meta(page, "og:image")),
                        () -> absolute(page, meta(page, "og:image:url")),
                        () -> absolute(page, meta(page, "twitter:image")),
                        () -> absolute(page, ld.flatMap(a -> a.url("image")))).orElse(null));
    }

    /** The content of the first {@code <meta>} whose property or name is {@code key} (ignoring case). */
    static Optional<String> meta(Document page, String key) {
        for (Element meta : page.getElementsByTag("meta")) {
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                // A property may list several names separated by spaces.
                String names = meta.attr(attribute).toLowerCase(Locale.ROOT);
                if (!names.isEmpty() && Stream.of(names.split("\\s+")).anyMatch(key::equals)) {
                    String content = meta.attr("content").strip();
                    if (!content.isEmpty()) {
                        return Optional.of(content);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static <T> Optional<T> first(Supplier<Optional<T>>... sources) {
        for (Supplier<Optional<T>> source : sources) {
            Optional<T> value = source.get();
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * The article's own headline: of those the page gives (JSON-LD {@code headline} and {@code name}, Open Graph,
     * Twitter, Dublin Core), the first that the {@code <title>} contains in the main (some pages put a topic or a
     * description in one of them), else the first.
     */
    private static Optional<String> headline(Document page, Optional<JsonLdArticle> ld) {
        List<String> candidates = Stream.of(ld.flatMap(a -> a.text("headline")), ld.flatMap(a -> a.text("name")),
                meta(page, "og:title"), meta(page, "twitter:title"), meta(page, "dc.title"))
                .flatMap(Optional::stream).map(t -> t.replaceAll("\\s+", " ").strip()).toList();
        Set<String> titleWords = Set.copyOf(words(page.title()));
        for (String candidate : candidates) {
            List<String> words = words(candidate);
            long shared = words.stream().filter(titleWords::contains).count();
            if (!words.isEmpty() && shared >= 0.8 * words.size()) {
                return Optional.of(candidate);
            }
        }
        return candidates.stream().findFirst();
    }

    private static List<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    // <title> without the site's name: "Headline | Site" → "Headline", when one part is the site or the headline is long.
    private static Optional<String> titleElement(Document page, String siteName) {
        String title = page.title().strip();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1) {
            String longest = Stream.of(parts).max((a, b) -> Integer.compare(a.length(), b.length())).orElse(title);
            boolean siteNamed = siteName != null && Stream.of(parts).anyMatch(p -> p.equalsIgnoreCase(siteName.strip()));
            if (siteNamed || longest.split("\\s+").length >= 4) {
                return Optional.of(longest.strip());
            }
        }
        return Optional.of(title);
    }

    private static List<String> authors(Document page, Optional<JsonLdArticle> ld) {
        List<String> found = ld.map(JsonLdArticle::authors).orElse(List.of());
        if (found.isEmpty()) {
            found = first(() -> meta(page, "dc:creator"), () -> meta(page, "dc.creator"), () -> meta(page, "dcterm:creator"),
                    () -> meta(page, "author"), () -> meta(page, "parsely-author"), () -> meta(page, "byl"), () -> meta(page, "sailthru.author"),
                    () -> meta(page, "article:author").filter(a -> !a.startsWith("http")),
                    () -> bylineElement(page)).map(List::of).orElse(List.of());
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        // "A and B" is two authors; "Last, First" is one, so commas are left alone.
        List<String> split = found.stream().flatMap(n -> Stream.of(AND.split(n))).toList();
        for (String name : split) {
            String clean = BY.matcher(name.replaceAll("\\s+", " ").strip()).replaceFirst("").strip();
            if (!clean.isEmpty() && clean.length() <= MAX_AUTHOR_LENGTH && !clean.startsWith("http") && names.size() < MAX_AUTHORS) {
                names.add(clean);
            }
        }
        return new ArrayList<>(names);
    }

    private static Optional<String> bylineElement(Document page) {
        for (Element e : page.select("[rel=author], [itemprop=author], .byline, .author, [class*=byline]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String text = (name != null ? name : e).text().strip();
            if (!text.isEmpty() && text.length() <= MAX_AUTHOR_LENGTH) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> time(Optional<JsonLdArticle> ld, String ldField, Document page, String... metaKeys) {
        Optional<OffsetDateTime> fromLd = ld.flatMap(a -> a.text(ldField)).flatMap(PageTimes::parse);
        if (fromLd.isPresent()) {
            return fromLd;
        }
        for (String key : metaKeys) {
            Optional<OffsetDateTime> time = meta(page, key).flatMap(PageTimes::parse);
            if (time.isPresent()) {
                return time;
            }
        }
        return Optional.empty();
    }

    // A <time> that says it is the publication time, else the first <time> with a datetime.
    private static Optional<OffsetDateTime> timeElement(Document page) {
        Element time = page.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
        if (time == null) {
            time = page.selectFirst("time[datetime]");
        }
        if (time == null) {
            return Optional.empty();
        }
        return PageTimes.parse(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
    }

    private static String language(Document page, Optional<JsonLdArticle> ld) {
        Element html = page.selectFirst("html");
        return first(
                () -> Optional.ofNullable(html).map(h -> h.attr("lang")).filter(s -> !s.isBlank()),
                () -> Optional.ofNullable(html).map(h -> h.attr("xml:lang")).filter(s -> !s.isBlank()),
                () -> meta(page, "content-language"),
                () -> meta(page, "og:locale"),
                () -> ld.flatMap(a -> a.text("inLanguage")))
                .map(tag -> tag.strip().replace('_', '-'))
                .filter(tag -> tag.length() <= 35 && LANGUAGE_TAG.matcher(tag).matches())
                .orElse(null);
    }

    private static Optional<String> link(Document page, String selector) {
        Element link = page.selectFirst(selector);
        return link == null ? Optional.empty() : absolute(page, Optional.of(link.attr("href")));
    }

    /** The URL resolved against the page's address, when it then is an absolute http(s) URL. */
    static Optional<String> absolute(Document page, Optional<String> url) {
        if (url.isEmpty() || url.get().isBlank()) {
            return Optional.empty();
        }
        String resolved = org.jsoup.internal.StringUtil.resolve(page.location(), url.get().strip());
        String lower = resolved.toLowerCase(Locale.ROOT);
        boolean web = (lower.startsWith("http://") || lower.startsWith("https://")) && resolved.length() <= 2048
                && resolved.chars().noneMatch(Character::isWhitespace);
        return web ? Optional.of(resolved) : Optional.empty();
    }
}
