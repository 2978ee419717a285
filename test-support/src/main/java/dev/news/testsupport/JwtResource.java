package dev.news.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Makes the application under test trust the tokens of {@link JwtKeys#shared()}. */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey.location", JwtKeys.shared().publicKeyLocation(),
                "mp.jwt.verify.issuer", JwtKeys.ISSUER);
    }

    @Override
    public void stop() {
        // the key file is removed when the JVM exits
    }
}
