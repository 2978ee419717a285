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

    private final int[] given = new int[4];
    private final int[] givenAgreed = new int[4];

    public void add(DevPage.Expected expected, Extracted found) {
        pages++;
        boolean[] agreed = {
            sameTokens(expected.title(), found.title(), false),
            sameTokens(expected.byline(), found.byline(), true),
            Objects.equals(date(expected.publishedTime()), date(found.publishedTime())),
            Objects.equals(lower(expected.lang()), lower(found.lang()))};
        String[] expectedValues = {expected.title(), expected.byline(), expected.publishedTime(), expected.lang()};
        title += agreed[0] ? 1 : 0;
        byline += agreed[1] ? 1 : 0;
        published += agreed[2] ? 1 : 0;
        lang += agreed[3] ? 1 : 0;
        for (int i = 0; i < 4; i++) {
            if (expectedValues[i] != null && !expectedValues[i].isBlank()) {
                given[i]++;
                givenAgreed[i] += agreed[i] ? 1 : 0;
            }
        }
    }

    /** Title, byline, published, lang: agreed / pages where Readability.js found one, as "a/b". */
    public String whereGiven() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            out.append(i == 0 ? "" : ", ").append(givenAgreed[i]).append('/').append(given[i]);
        }
        return out.toString();
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
