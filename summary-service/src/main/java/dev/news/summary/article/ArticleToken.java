package dev.news.summary.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.news.summary.config.SummaryConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * summary-service's own credential for article-service. With {@code news.summary.article-token-key} naming a PEM
 * private key whose public half article-service trusts, every call carries a bearer JWT that summary-service signs
 * itself: subject {@value #SUBJECT}, the one role {@value #ROLE} (article-service lets any valid token read, and only
 * an editor write), a few minutes of life. So summaries keep working when article-service closes its reads
 * ({@code news.article.open-reads=false}). A token is reused until half its life is gone. Without the key, calls carry
 * no token. A key that cannot be read stops the start, with its setting's name, rather than every later call.
 */
@Startup
@ApplicationScoped
public class ArticleToken {

    static final String SUBJECT = "summary-service";
    static final String ROLE = "reader";

    private final PrivateKey key;
    private final String issuer;
    private final Duration lifetime;
    private volatile Issued current;

    private record Issued(String authorization, Instant renewAt) {
    }

    @Inject
    ArticleToken(SummaryConfig config) {
        this(config.articleTokenKey().map(ArticleToken::read).orElse(null), config.articleTokenIssuer(),
                config.articleTokenLifetime());
    }

    ArticleToken(PrivateKey key, String issuer, Duration lifetime) {
        this.key = key;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    /** The {@code Authorization} header's value for a call now, or empty when summary-service has no key. */
    public Optional<String> authorization() {
        if (key == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Issued issued = current;
        if (issued == null || !now.isBefore(issued.renewAt())) {
            String token = Jwt.issuer(issuer).subject(SUBJECT).upn(SUBJECT).groups(ROLE)
                    .issuedAt(now).expiresAt(now.plus(lifetime)).sign(key);
            issued = new Issued("Bearer " + token, now.plus(lifetime.dividedBy(2)));
            current = issued;
        }
        return Optional.of(issued.authorization());
    }

    static PrivateKey read(Path location) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(location));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("news.summary.article-token-key: no PEM private key can be read from "
                    + location + " (" + e.getMessage() + ")", e);
        }
    }
}
