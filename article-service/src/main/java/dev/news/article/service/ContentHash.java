package dev.news.article.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * SHA-256 of an article's title and body after Unicode (NFC) and whitespace normalisation, so that the same
 * text re-posted with other line breaks or spacing is recognised as the same article.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String title, String body) {
        String canonical = canonical(title) + "\n\n" + canonical(body);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String canonical(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
