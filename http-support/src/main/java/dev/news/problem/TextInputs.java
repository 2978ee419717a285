package dev.news.problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.news.domain.InputTooLargeException;

/** Checks on text that clients send: it must be valid UTF-8 and fit the configured size. */
public final class TextInputs {

    private TextInputs() {
    }

    /** The bytes as text, or empty when they are not valid UTF-8 (nothing is replaced silently). */
    public static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** An {@link InputTooLargeException} naming {@code field} when {@code text} takes more than {@code maxBytes} bytes of UTF-8. */
    public static void checkSize(String field, String text, int maxBytes) {
        // A char is at most 3 bytes of UTF-8 (a surrogate pair 4 for 2 chars): short texts need no encoding.
        if (text != null && (long) text.length() * 3 > maxBytes
                && text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new InputTooLargeException(field, "larger than " + maxBytes + " bytes");
        }
    }
}
