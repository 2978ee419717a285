package dev.news.article.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes as text. The character set is, in this order: a byte-order mark; the {@code charset} of the request's
 * {@code Content-Type}; UTF-8 when the bytes are valid UTF-8 and not all ASCII; a {@code <meta charset>} or
 * {@code <meta http-equiv>} in the first 4 KiB; UTF-8 when the bytes are valid UTF-8; else windows-1252 (what browsers
 * assume for a page that declares nothing, and which maps every byte, so a page is never refused for its encoding).
 */
public final class PageDecoder {

    /** The text and the character set it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    /** Decodes {@code bytes}; {@code headerCharset} is the {@code Content-Type}'s charset parameter, or null. */
    public static Decoded decode(byte[] bytes, String headerCharset) {
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            int skip = bom.get() == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get());
        }
        Optional<Charset> header = charset(headerCharset);
        if (header.isPresent()) {
            return new Decoded(new String(bytes, header.get()), header.get());
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        Optional<Charset> meta = metaCharset(bytes);
        // A page saved to disk is often re-encoded as UTF-8 with its old <meta> left in: non-ASCII text that is valid
        // UTF-8 is almost never text of another encoding, so it wins over the <meta>.
        if (meta.isPresent() && !(utf8.isPresent() && hasNonAscii(bytes))) {
            return new Decoded(new String(bytes, meta.get()), meta.get());
        }
        return utf8.map(text -> new Decoded(text, StandardCharsets.UTF_8))
                .orElseGet(() -> new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252));
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    // The prescan reads bytes as ASCII: a page that declares its encoding in <meta> is ASCII-compatible up to there.
    private static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Optional<Charset> charset = charset(m.group(1));
            if (charset.isPresent()) {
                // A page that says UTF-16 in ASCII bytes is not UTF-16.
                return charset.get().name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : charset;
            }
        }
        return Optional.empty();
    }

    static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        // Browsers read pages labelled Latin-1 or ASCII as windows-1252, its superset.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
