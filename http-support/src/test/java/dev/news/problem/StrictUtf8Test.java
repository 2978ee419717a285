package dev.news.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Request bodies are passed on unchanged when they are UTF-8, and refused when they are not. */
class StrictUtf8Test {

    /** Reads through the check in reads of {@code chunk} bytes, so that sequences are cut between reads. */
    private static byte[] readAll(byte[] bytes, int chunk) throws IOException {
        try (InputStream in = new StrictUtf8.Checked(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[chunk];
            int n;
            while ((n = in.read(buffer, 0, chunk)) >= 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    @Test
    void wellFormedTextPassesUnchangedWhateverTheReadSize() throws IOException {
        byte[] text = "Zoë met 李雷 in Malmö 🚲 — \"fine\"".getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= 7; chunk++) {
            assertArrayEquals(text, readAll(text, chunk));
        }
    }

    @Test
    void anOverlongFormIsRefusedWithWhereItStands() {
        byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xBC, '"', '}'};
        for (int chunk = 1; chunk <= 4; chunk++) {
            int size = chunk;
            ProblemException e = assertThrows(ProblemException.class, () -> readAll(overlong, size));
            assertTrue(e.getMessage().contains("byte 6"), e.getMessage());
        }
    }

    @Test
    void aSurrogateAndACodePointBeyondTheLastAreRefused() {
        assertThrows(ProblemException.class, () -> readAll(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 2));
        assertThrows(ProblemException.class,
                () -> readAll(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 1));
    }

    @Test
    void brokenStructureIsLeftToTheParserThatNamesItsField() throws IOException {
        byte[] latin1 = "{\"title\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(latin1, readAll(latin1, 3));
        byte[] cut = {'a', 'b', (byte) 0xE2, (byte) 0x82};
        assertArrayEquals(cut, readAll(cut, 3));
    }
}
