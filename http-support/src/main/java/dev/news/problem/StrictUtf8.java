package dev.news.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * JSON and plain-text request bodies must be well-formed UTF-8. The JSON parser accepts overlong forms ({@code C0 BC}
 * read as {@code <}), which would let a filtered character through in disguise; the JDK's decoder does not, so every
 * such body is read through it on the way in and a malformed one is a 400 naming the body. Line-by-line imports keep
 * their per-line answer and are not read here.
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

    /** Passes the bytes on unchanged while a decoder checks them; a malformed sequence stops the read. */
    static final class Checked extends FilterInputStream {

        /** Bytes of a sequence cut by a read's end, at most three. */
        private final ByteBuffer carry = ByteBuffer.allocate(4);
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private CharBuffer chars = CharBuffer.allocate(0);
        private long offset;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                carry.flip();
                if (carry.hasRemaining()) {
                    throw malformed(offset);
                }
                return n;
            }
            check(b, off, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void check(byte[] b, int off, int n) {
            carry.flip();
            ByteBuffer bytes = ByteBuffer.allocate(carry.remaining() + n);
            bytes.put(carry).put(b, off, n).flip();
            long start = offset - bytes.remaining() + n;
            if (chars.capacity() < bytes.remaining()) {
                chars = CharBuffer.allocate(bytes.remaining());
            }
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                throw malformed(start + bytes.position());
            }
            carry.clear();
            carry.put(bytes);
            offset += n;
        }

        private static ProblemException malformed(long at) {
            return ProblemException.badRequest("body", "not valid UTF-8 (malformed or overlong byte sequence at byte " + at + ")");
        }
    }
}
