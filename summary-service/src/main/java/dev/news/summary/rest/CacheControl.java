package dev.news.summary.rest;

import java.util.Locale;

/** Reads a request's {@code Cache-Control}: {@code no-cache} or {@code max-age=0} ask for an answer checked against the origin now. */
final class CacheControl {

    private CacheControl() {
    }

    static boolean revalidate(String header) {
        if (header == null) {
            return false;
        }
        for (String directive : header.split(",")) {
            String name = directive.strip().toLowerCase(Locale.ROOT);
            if (name.equals("no-cache") || name.equals("max-age=0") || name.equals("max-age=\"0\"")) {
                return true;
            }
        }
        return false;
    }
}
