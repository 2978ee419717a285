package dev.news.article.page;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The article node of a page's JSON-LD ({@code <script type="application/ld+json">}): the first node, in a top-level
 * array or an {@code @graph} too, whose {@code @type} is an article type ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting} and the other {@code ...Article} and {@code ...Posting} types). Scripts that are not valid JSON are skipped.
 */
final class JsonLdArticle {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final int MAX_NODES = 10_000;
    private static final Pattern WRAPPER = Pattern.compile("^(<!\\[CDATA\\[|<!--)|(\\]\\]>|-->)$");

    private final JsonNode node;

    private JsonLdArticle(JsonNode node) {
        this.node = node;
    }

    static Optional<JsonLdArticle> find(Document page) {
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            Optional<JsonNode> article = parse(script.data()).flatMap(JsonLdArticle::articleIn);
            if (article.isPresent()) {
                return article.map(JsonLdArticle::new);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> parse(String script) {
        // Some pages wrap the JSON in a CDATA section or an HTML comment, for old XHTML parsers.
        String json = WRAPPER.matcher(script.strip()).replaceAll("").strip();
        try {
            return Optional.ofNullable(JSON.readTree(json));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    // Breadth first through arrays, @graph and mainEntity, bounded so that a huge document costs little.
    private static Optional<JsonNode> articleIn(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>(List.of(root));
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_NODES) {
            JsonNode next = queue.poll();
            if (next.isArray()) {
                next.forEach(queue::add);
            } else if (next.isObject()) {
                if (isArticle(next.get("@type"))) {
                    return Optional.of(next);
                }
                for (String key : List.of("@graph", "mainEntity")) {
                    if (next.has(key)) {
                        queue.add(next.get(key));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        return name.endsWith("Article") || name.endsWith("Posting");
    }

    Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }

    /** Names of {@code author}: strings, or objects with a {@code name}, alone or in an array. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        JsonNode author = node.get("author");
        if (author == null) {
            return names;
        }
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            JsonNode name = one.isObject() ? one.get("name") : one;
            if (name != null && name.isTextual() && !name.asText().isBlank()) {
                names.add(name.asText().strip());
            }
        }
        return names;
    }

    /** {@code publisher.name}. */
    Optional<String> publisherName() {
        JsonNode publisher = node.get("publisher");
        JsonNode name = publisher == null ? null : publisher.get("name");
        return name != null && name.isTextual() && !name.asText().isBlank() ? Optional.of(name.asText().strip()) : Optional.empty();
    }

    /** A URL held as a string, an object with {@code url} or {@code @id}, or the first of an array. */
    Optional<String> url(String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value != null && value.isObject()) {
            value = value.has("url") ? value.get("url") : value.get("@id");
        }
        return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }
}
