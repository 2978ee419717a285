package dev.news.article.page;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;

/**
 * A page's text for the parser, which stops at its next read once the thread is interrupted (at a deadline): the
 * parser reads in chunks as it goes, so a page that is slow to parse is stopped within one chunk.
 */
final class InterruptibleReader extends Reader {

    private final String text;
    private int next;

    InterruptibleReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("stopped at the deadline");
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        text.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
