package dev.news.article.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageDecoderTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String CAFE = "<p>Caf\u00e9 cr\u00e8me \u2013 na\u00efve</p>";

    @Test
    void theHeaderCharsetWinsOverTheMeta() {
        byte[] latin = ("<meta charset=\"utf-8\">" + "<p>Caf\u00e9</p>").getBytes(StandardCharsets.ISO_8859_1);
        PageDecoder.Decoded decoded = PageDecoder.decode(latin, "ISO-8859-1");
        assertEquals(WINDOWS_1252, decoded.charset(), "Latin-1 read as its superset, as browsers do");
        assertEquals("<meta charset=\"utf-8\"><p>Caf\u00e9</p>", decoded.text());
    }

    @Test
    void aByteOrderMarkWinsOverEverythingAndIsDropped() {
        byte[] text = "<p>\u00e9t\u00e9</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = {(byte) 0xff, (byte) 0xfe};
        byte[] page = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, page, 0, 2);
        System.arraycopy(text, 0, page, 2, text.length);
        assertEquals("<p>\u00e9t\u00e9</p>", PageDecoder.decode(page, "iso-8859-1").text());
        byte[] utf8 = ("\uFEFF" + CAFE).getBytes(StandardCharsets.UTF_8);
        assertEquals(CAFE, PageDecoder.decode(utf8, null).text());
    }

    @Test
    void theMetaIsReadWhenTheHeaderSaysNothing() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>" + CAFE;
        PageDecoder.Decoded decoded = PageDecoder.decode(page.getBytes(WINDOWS_1252), null);
        assertEquals(WINDOWS_1252, decoded.charset());
        assertEquals(page, decoded.text());
        String koi8 = "<meta charset='koi8-r'><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>";
        assertEquals(koi8, PageDecoder.decode(koi8.getBytes(Charset.forName("KOI8-R")), null).text());
    }

    @Test
    void validUtf8WinsOverAStaleMeta() {
        String page = "<meta charset=\"gb2312\">" + CAFE;
        assertEquals(page, PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null).text());
    }

    @Test
    void withoutAnyDeclarationUtf8ElseWindows1252() {
        assertEquals(CAFE, PageDecoder.decode(CAFE.getBytes(StandardCharsets.UTF_8), null).text());
        PageDecoder.Decoded legacy = PageDecoder.decode(CAFE.getBytes(WINDOWS_1252), null);
        assertEquals(WINDOWS_1252, legacy.charset());
        assertEquals(CAFE, legacy.text());
    }

    @Test
    void anUnknownCharsetNameIsIgnored() {
        assertEquals(CAFE, PageDecoder.decode(CAFE.getBytes(StandardCharsets.UTF_8), "no-such-charset").text());
    }
}
