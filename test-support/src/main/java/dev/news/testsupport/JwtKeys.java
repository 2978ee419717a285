package dev.news.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A signing key for one test JVM and the bearer tokens it signs: the services under test trust its public
 * half ({@link #publicKeyLocation()}), so tests can act as an editor, a reader or a stranger.
 */
public final class JwtKeys {

    public static final String ISSUER = "news";

    private static JwtKeys shared;

    private static final String PUBLIC_PROPERTY = "news.test.jwt.public-key";
    private static final String PRIVATE_PROPERTY = "news.test.jwt.private-key";

    private static final Pattern EXPIRY = Pattern.compile("\"exp\":(\\d+)");

    private final PrivateKey signingKey;
    private final PublicKey checkingKey;
    private final Path publicKey;
    private final Path privateKey;

    private JwtKeys(PrivateKey signingKey, PublicKey checkingKey, Path publicKey, Path privateKey) {
        this.signingKey = signingKey;
        this.checkingKey = checkingKey;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /**
     * The JVM's key pair, made on first use. Quarkus may load this class in more than one class loader, so the
     * keys live in files named by system properties, which all loaders share.
     */
    public static synchronized JwtKeys shared() {
        if (shared == null) {
            try {
                shared = System.getProperty(PRIVATE_PROPERTY) != null ? load() : generate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static JwtKeys generate() throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path publicFile = Files.createTempFile("news-jwt", ".pem");
        Path privateFile = Files.createTempFile("news-jwt", ".key.pem");
        publicFile.toFile().deleteOnExit();
        privateFile.toFile().deleteOnExit();
        Files.writeString(publicFile, pem("PUBLIC KEY", keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(privateFile, pem("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        System.setProperty(PUBLIC_PROPERTY, publicFile.toString());
        System.setProperty(PRIVATE_PROPERTY, privateFile.toString());
        return new JwtKeys(keys.getPrivate(), keys.getPublic(), publicFile, privateFile);
    }

    private static JwtKeys load() throws GeneralSecurityException, IOException {
        Path privateFile = Path.of(System.getProperty(PRIVATE_PROPERTY));
        Path publicFile = Path.of(System.getProperty(PUBLIC_PROPERTY));
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        return new JwtKeys(rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateFile))),
                rsa.generatePublic(new X509EncodedKeySpec(der(publicFile))), publicFile, privateFile);
    }

    private static byte[] der(Path pemFile) throws IOException {
        String body = Files.readString(pemFile, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "");
        return Base64.getMimeDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    public String publicKeyLocation() {
        return publicKey.toString();
    }

    /** The signing key as a PEM file (PKCS#8), for a service that signs tokens of its own. */
    public String privateKeyLocation() {
        return privateKey.toString();
    }

    /** A token with role {@code editor}, valid for an hour. */
    public String editor() {
        return token("test-editor", "editor");
    }

    /** A valid token for {@code subject} with the given roles. */
    public String token(String subject, String... groups) {
        return sign(subject, Instant.now().plusSeconds(3600), groups);
    }

    /** A valid token for {@code subject} issued now that expires only after {@code lifetime}. */
    public String tokenLiving(java.time.Duration lifetime, String subject, String... groups) {
        return sign(subject, Instant.now().plus(lifetime), groups);
    }

    /** A token for {@code subject} that expired a minute ago. */
    public String expired(String subject, String... groups) {
        return sign(subject, Instant.now().minusSeconds(60), groups);
    }

    /** The claims (JSON) of {@code token} when this key signed it and it has not expired; empty otherwise. */
    public Optional<String> verifiedClaims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(checkingKey);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Matcher expiry = EXPIRY.matcher(claims);
        return expiry.find() && Long.parseLong(expiry.group(1)) > Instant.now().getEpochSecond() ? Optional.of(claims) : Optional.empty();
    }

    private String sign(String subject, Instant expiry, String... groups) {
        String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String roles = Stream.of(groups).map(g -> "\"" + g + "\"").collect(Collectors.joining(","));
        long now = Instant.now().getEpochSecond();
        String claims = base64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\",\"groups\":[" + roles
                + "],\"iat\":" + Math.min(now, expiry.getEpochSecond() - 60) + ",\"exp\":" + expiry.getEpochSecond() + "}");
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey);
            signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
