package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's sources say about its configuration: the keys of its application.properties over those both
 * services share (http-support's {@code META-INF/microprofile-config.properties}), and the properties of its
 * {@code @ConfigMapping} interfaces. Used to check that each environment variable the
 * manifests set is one the service reads.
 */
final class ServiceSource {

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern METHOD = Pattern.compile("(?m)^\\s+[\\w.<>\\[\\], ?]+\\s+(\\w+)\\s*\\(\\s*\\)\\s*;");

    final String name;
    final Path dir;
    final Properties properties;
    /** Property names of the @ConfigMapping interfaces, e.g. news.article.max-body-bytes. */
    final Set<String> mappedProperties = new TreeSet<>();
    /** The @ConfigMapping prefixes, e.g. news.article. */
    final Set<String> mappingPrefixes = new TreeSet<>();

    ServiceSource(String name) {
        this.name = name;
        this.dir = Rendering.ROOT.resolve(name);
        this.properties = load(Rendering.ROOT.resolve("http-support/src/main/resources/META-INF/microprofile-config.properties"));
        this.properties.putAll(load(dir.resolve("src/main/resources/application.properties")));
        Path java = dir.resolve("src/main/java");
        assertTrue(Files.isDirectory(java), "no sources at " + java);
        try (Stream<Path> files = Files.walk(java)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(this::scanMapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(mappingPrefixes.isEmpty(), name + ": no @ConfigMapping found");
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private void scanMapping(Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher mapping = MAPPING.matcher(source);
        if (!mapping.find()) {
            return;
        }
        String prefix = mapping.group(1);
        mappingPrefixes.add(prefix + ".");
        Matcher method = METHOD.matcher(source.substring(mapping.end()));
        while (method.find()) {
            mappedProperties.add(prefix + "." + kebab(method.group(1)));
        }
    }

    /** maxBodyBytes -> max-body-bytes, the default naming of @ConfigMapping. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /**
     * The environment variable name under which MicroProfile Config finds a property: every character that is
     * not a letter or digit becomes '_', then all upper case (quarkus.http.port -> QUARKUS_HTTP_PORT).
     */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The property an environment variable sets, or null when the service reads no such property. */
    String propertyOf(String env) {
        for (String key : properties.stringPropertyNames()) {
            if (key.equals(env) || envName(key).equals(env)) {
                return key;
            }
        }
        for (String key : mappedProperties) {
            if (envName(key).equals(env)) {
                return key;
            }
        }
        return null;
    }

    String property(String key) {
        String value = properties.getProperty(key);
        assertTrue(value != null, name + ": neither its application.properties nor the shared properties have " + key);
        return value;
    }

    Path dockerfile() {
        return dir.resolve("src/main/docker/Dockerfile.jvm");
    }
}
