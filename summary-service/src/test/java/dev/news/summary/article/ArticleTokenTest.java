package dev.news.summary.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.news.testsupport.JwtKeys;

class ArticleTokenTest {

    private static ArticleToken withKey(Duration lifetime) {
        return new ArticleToken(ArticleToken.read(Path.of(JwtKeys.shared().privateKeyLocation())), "news", lifetime);
    }

    private static String claims(String authorization) {
        String token = authorization.substring("Bearer ".length());
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void withoutAKeyNoTokenIsSent() {
        assertEquals(Optional.empty(), new ArticleToken(null, "news", Duration.ofMinutes(5)).authorization());
    }

    @Test
    void theTokenNamesSummaryServiceAsAReaderAndLivesItsLifetime() {
        String claims = claims(withKey(Duration.ofMinutes(5)).authorization().orElseThrow());
        assertTrue(claims.contains("\"sub\":\"summary-service\""), claims);
        assertTrue(claims.contains("\"groups\":[\"reader\"]"), claims);
        assertTrue(claims.contains("\"iss\":\"news\""), claims);
        long issued = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        long expires = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertEquals(300, expires - issued, claims);
    }

    @Test
    void aTokenIsReusedUntilHalfItsLifeIsGone() throws InterruptedException {
        ArticleToken token = withKey(Duration.ofSeconds(2));
        String first = token.authorization().orElseThrow();
        assertEquals(first, token.authorization().orElseThrow());
        Thread.sleep(1_100);
        assertNotEquals(first, token.authorization().orElseThrow());
    }

    @Test
    void aKeyThatCannotBeReadNamesItsSetting(@TempDir Path dir) throws Exception {
        Path notAKey = Files.writeString(dir.resolve("key.pem"), "not a key");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ArticleToken.read(notAKey));
        assertTrue(e.getMessage().contains("news.summary.article-token-key"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ArticleToken.read(dir.resolve("missing.pem")));
    }
}
