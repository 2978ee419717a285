package dev.news.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body passed on unchanged while a subclass sees every byte as it is read (to count it, to check it) and
 * may stop the read by throwing. Single-byte reads and skips go through the same path, so no byte passes unseen;
 * marking is not offered, so no byte is seen twice.
 */
public abstract class InspectedInputStream extends FilterInputStream {

    protected InspectedInputStream(InputStream in) {
        super(in);
    }

    /** Sees {@code n} bytes of {@code b} from {@code off}, just read. */
    protected abstract void inspect(byte[] b, int off, int n);

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            inspect(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.max(0, Math.min(n, 8192))];
        return Math.max(read(buffer, 0, buffer.length), 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
