package dev.news.problem;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * JSON and plain-text request bodies must be UTF-8 without forbidden values. The JSON parser accepts overlong forms
 * ({@code C0 BC} read as {@code <}), which would let a filtered character through in disguise, so every such body is
 * checked on the way in and one with such a sequence is a 400 naming the body. Line-by-line imports keep their
 * per-line answer and are not read here.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(MediaType.TEXT_PLAIN_TYPE))
                && isUtf8(type)) {
            context.setInputStream(new Checked(context.getInputStream()));
        }
        return context.proceed();
    }

    private static boolean isUtf8(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("UTF8");
    }

    /**
     * Passes the bytes on unchanged while checking each complete multi-byte sequence for the values UTF-8 forbids:
     * an overlong form, an encoded surrogate, a code point above U+10FFFF. Broken structure (a stray continuation
     * byte, a sequence cut short) is left to the parser, which names the field it is in; the JDK's decoder cannot
     * tell the two apart, so this is a small state machine of its own.
     */
    static final class Checked extends InspectedInputStream {

        /** Continuation bytes still expected by the sequence under way. */
        private int need;
        private int lead;
        private boolean firstContinuation;
        private boolean forbidden;
        private long sequenceStart;
        private long position;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        protected void inspect(byte[] b, int off, int n) {
            for (int i = off; i < off + n; i++) {
                check(b[i] & 0xFF);
            }
        }

        private void check(int x) {
            if (need > 0 && (x & 0xC0) != 0x80) {
                // A sequence cut short: the parser reports it; this byte starts afresh.
                need = 0;
            }
            if (need == 0) {
                startSequence(x);
            } else {
                if (firstContinuation) {
                    forbidden |= lead == 0xE0 && x < 0xA0 || lead == 0xED && x >= 0xA0 || lead == 0xF0 && x < 0x90
                            || lead == 0xF4 && x >= 0x90;
                    firstContinuation = false;
                }
                if (--need == 0 && forbidden) {
                    throw malformed(sequenceStart);
                }
            }
            position++;
        }

        private void startSequence(int x) {
            lead = x;
            sequenceStart = position;
            firstContinuation = true;
            // C0 and C1 only start overlong forms, F5 to F7 only code points above U+10FFFF.
            forbidden = x == 0xC0 || x == 0xC1 || x >= 0xF5;
            need = x >= 0xC0 && x <= 0xDF ? 1 : x >= 0xE0 && x <= 0xEF ? 2 : x >= 0xF0 && x <= 0xF7 ? 3 : 0;
        }

        private static ProblemException malformed(long at) {
            return ProblemException.badRequest("body",
                    "not valid UTF-8 (an overlong form, an encoded surrogate or a code point beyond U+10FFFF at byte " + at + ")");
        }
    }
}
