package dev.news.article.page.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How often an extractor's title, byline, published time and language agree with Readability.js's, over all pages
 * (both absent counts as agreement). Titles and bylines are compared as token sequences (a leading "by" dropped),
 * times by calendar date as written on the page, languages ignoring case.
 */
public final class MetadataAgreement {

    private int pages;
    private int title;
    private int byline;
    private int published;
    private int lang;

    public void add(DevPage.Expected expected, Extracted found) {
        pages++;
        title += sameTokens(expected.title(), found.title(), false) ? 1 : 0;
        byline += sameTokens(expected.byline(), found.byline(), true) ? 1 : 0;
        published += Objects.equals(date(expected.publishedTime()), date(found.publishedTime())) ? 1 : 0;
        lang += Objects.equals(lower(expected.lang()), lower(found.lang())) ? 1 : 0;
    }

    public double title() {
        return share(title);
    }

    public double byline() {
        return share(byline);
    }

    public double published() {
        return share(published);
    }

    public double lang() {
        return share(lang);
    }

    private double share(int agreed) {
        return pages == 0 ? 0 : (double) agreed / pages;
    }

    static boolean sameTokens(String expected, String found, boolean dropBy) {
        List<String> a = ShingleScore.tokens(expected);
        List<String> b = ShingleScore.tokens(found);
        if (dropBy) {
            a = a.isEmpty() || !a.get(0).equals("by") ? a : a.subList(1, a.size());
            b = b.isEmpty() || !b.get(0).equals("by") ? b : b.subList(1, b.size());
        }
        return a.equals(b);
    }

    private static String date(String time) {
        if (time == null || time.isBlank()) {
            return null;
        }
        String t = time.strip();
        return t.length() >= 10 && t.charAt(4) == '-' && t.charAt(7) == '-' ? t.substring(0, 10) : t;
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
