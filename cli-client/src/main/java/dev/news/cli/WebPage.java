package dev.news.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A web page as bytes, as article-service takes it: {@code charset} is what the server that sent it declared (null
 * when unknown), {@code sourceUrl} its address (null for a file without {@code --source-url}).
 */
public record WebPage(byte[] bytes, String charset, String sourceUrl) {

    /** The Content-Type to post it with; the service reads a declared charset first. */
    public String contentType() {
        return charset == null ? "text/html" : "text/html; charset=" + charset;
    }

    /** {@code path} with the page's address as the {@code sourceUrl} parameter, when it has one. */
    public String pathWithSource(String path) {
        return sourceUrl == null ? path : path + "?sourceUrl=" + URLEncoder.encode(sourceUrl, StandardCharsets.UTF_8);
    }
}
