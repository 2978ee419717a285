package dev.news.summary.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.news.testsupport.ArticleServiceResource;
import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A corpus of malformed and hostile requests to summary-service, made from small tables: mostly reads with odd
 * ids and length parameters, and a few dozen posts, which stay well inside the per-client rate limit so that
 * every one is answered for what it is. Each must get a 4xx problem document without a stack trace, except the
 * valid posts of hostile text, which are summarised; article-service's articles are left as they were.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "summaries"))
@WithTestResource(value = ArticleServiceResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileInputTests {

    private static final String JSON = "application/json";
    private static final String MISSING = "987654321";
    private static final int MIB = 1024 * 1024;
    /** POST /summaries costs rate-limit budget shared with the other test classes of this application. */
    private static final int MAX_POSTS = 40;

    private enum Outcome {
        /** Any 4xx problem document, or the given status when there is one. */
        PROBLEM,
        /** 200: valid text, however hostile, is summarised as text. */
        SUMMARISED
    }

    private record Hostile(String name, String method, String path, String contentType, byte[] body, Map<String, String> headers,
            Outcome outcome, int status, String expectedTitle, String expectedText) {
    }

    /** Builds the cases of one table. */
    private static final class Corpus {
        private final List<Hostile> cases = new ArrayList<>();

        Case add(String name, String method, String path) {
            return new Case(name, method, path);
        }

        long posts() {
            return cases.stream().filter(c -> c.method().equals("POST") && c.path().equals("/summaries")).count();
        }

        final class Case {
            private final String name;
            private final String method;
            private final String path;
            private String contentType;
            private byte[] body;
            private final Map<String, String> headers = new LinkedHashMap<>();

            Case(String name, String method, String path) {
                this.name = name;
                this.method = method;
                this.path = path;
            }

            Case json(String json) {
                return body(JSON, utf8(json));
            }

            Case body(String type, byte[] bytes) {
                this.contentType = type;
                this.body = bytes;
                return this;
            }

            Case header(String name, String value) {
                headers.put(name, value);
                return this;
            }

            void problem() {
                problem(0);
            }

            void problem(int status) {
                done(Outcome.PROBLEM, status, null, null);
            }

            void summarised(String expectedTitle, String expectedText) {
                done(Outcome.SUMMARISED, 200, expectedTitle, expectedText);
            }

            private void done(Outcome outcome, int status, String expectedTitle, String expectedText) {
                cases.add(new Hostile(String.format("%03d %s %s", cases.size() + 1, method, name), method, path, contentType, body,
                        Map.copyOf(headers), outcome, status, expectedTitle, expectedText));
            }
        }
    }

    @BeforeEach
    void ready() {
        EngineReady.await();
    }

    static String articleService() {
        return ConfigProvider.getConfig().getValue("news.test.article-service.url", String.class);
    }

    @TestFactory
    Stream<DynamicTest> hostileRequests() {
        long before = countArticles();
        Response created = given().baseUri(articleService()).header("Authorization", "Bearer " + JwtKeys.shared().editor())
                .contentType(JSON)
                .body(Map.of("title", "Hostile input fixture " + System.nanoTime(),
                        "body", "Engineers in Oslo opened a new bridge on Monday. The city said traffic would ease. "
                                + "About 20,000 cars are expected to cross it every day."))
                .when().post("/articles");
        assertEquals(201, created.statusCode(), created.asString());
        long fixture = created.jsonPath().getLong("id");

        List<Hostile> corpus = corpus(fixture);
        Corpus counter = new Corpus();
        counter.cases.addAll(corpus);
        assertTrue(corpus.size() >= 200, "the corpus has " + corpus.size() + " cases");
        assertTrue(counter.posts() <= MAX_POSTS, counter.posts() + " posts to /summaries: over the rate-limit budget");

        Stream<DynamicTest> cases = corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
        Stream<DynamicTest> after = Stream.of(
                DynamicTest.dynamicTest("article-service: no article added or removed by the corpus", () -> {
                    assertEquals(before + 1, countArticles(), "articles before: " + before + ", plus the fixture");
                    given().baseUri(articleService()).when().get("/articles/" + fixture).then().statusCode(200);
                }),
                DynamicTest.dynamicTest("article-service: fixture removed again", () -> {
                    given().baseUri(articleService()).header("Authorization", "Bearer " + JwtKeys.shared().editor())
                            .when().delete("/articles/" + fixture).then().statusCode(204);
                    assertEquals(before, countArticles());
                }));
        return Stream.concat(cases, after);
    }

    private static long countArticles() {
        return given().baseUri(articleService()).when().get("/articles?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }

    // ---------------------------------------------------------------------------------------------------------
    // The corpus

    private static List<Hostile> corpus(long fixture) {
        Corpus corpus = new Corpus();
        oddIds(corpus);
        lengthParameters(corpus, fixture);
        methodsAndHeaders(corpus, fixture);
        posts(corpus);
        return corpus.cases;
    }

    private static void oddIds(Corpus corpus) {
        List<String> ids = List.of("..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fq%2fhealth", "....//....//etc",
                MISSING + ";DROP%20TABLE%20summary", "1%3BDROP%20TABLE%20summary", "-1", "0", "-0", "99999999999999999999",
                "9223372036854775808", "-9223372036854775808", "9223372036854775807", "1.5", "1e3", "0x10", "abc", "%20", "%00",
                "1%00", "%E2%80%AE1", "NaN", "%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", MISSING,
                "9".repeat(2000));
        for (String id : ids) {
            corpus.add("odd id: " + abbreviate(id), "GET", "/summaries/" + id).problem();
            corpus.add("odd id: " + abbreviate(id), "GET", "/facts/" + id).problem();
        }
        corpus.add("odd id: nested path", "GET", "/summaries/1/2").problem(404);
        corpus.add("odd id: unknown sub-resource", "GET", "/facts/1/people").problem(404);
        corpus.add("odd id: singular path", "GET", "/summary/1").problem(404);
    }

    private static void lengthParameters(Corpus corpus, long fixture) {
        List<String> queries = new ArrayList<>();
        for (String value : List.of("-1", "0", "101", "1e9", "1.5", "abc", "%00", "99999999999", "0x10", "%20", "2147483648",
                "-2147483649", "1%20OR%201%3D1", "NaN", "%E2%88%9E", "9".repeat(3000))) {
            queries.add("sentences=" + value);
        }
        for (String value : List.of("NaN", "-0", "0", "-0.0", "1.0001", "2", "Infinity", "-Infinity", "abc", "1e-400", "1e400",
                "%00", "-1", "0x1p3", "1%2C5")) {
            queries.add("ratio=" + value);
        }
        for (String value : List.of("abc", "0", "-1", "100001", "1e9", "2147483648", "1.5", "%00")) {
            queries.add("words=" + value);
        }
        queries.addAll(List.of("sentences=2&ratio=0.5", "sentences=2&words=10", "ratio=0.5&words=10",
                "sentences=2&ratio=0.5&words=10", "ratio=NaN&sentences=-1",
                "sentences=1e9&words=abc&ratio=-0"));
        for (String query : queries) {
            corpus.add("length " + abbreviate(query) + " on a missing article", "GET", "/summaries/" + MISSING + "?" + query).problem(400);
            corpus.add("length " + abbreviate(query) + " on a stored article", "GET", "/summaries/" + fixture + "?" + query).problem(400);
        }
        // An empty value counts as no value: the default length, so a missing article is simply not found.
        for (String query : List.of("sentences=", "ratio=", "words=", "sentences=&ratio=", "words=&words=")) {
            corpus.add("length " + query + " on a missing article", "GET", "/summaries/" + MISSING + "?" + query).problem(404);
        }
        corpus.add("length on a missing article: valid value, so not found", "GET", "/summaries/" + MISSING + "?sentences=1").problem(404);
        corpus.add("length: 300 parameters", "GET", "/summaries/" + fixture + "?" + "sentences=x&".repeat(300)).problem(400);
        corpus.add("length: bad id and bad length", "GET", "/summaries/abc?sentences=-1").problem(400);
        corpus.add("length: facts ignore unknown parameters, article missing", "GET", "/facts/" + MISSING + "?sentences=abc&drop=table")
                .problem(404);
    }

    private static void methodsAndHeaders(Corpus corpus, long fixture) {
        for (String path : List.of("/summaries/" + fixture, "/facts/" + fixture)) {
            for (String method : List.of("PUT", "DELETE", "PATCH", "POST", "TRACE", "BREW")) {
                corpus.add("method on " + path.substring(0, path.lastIndexOf('/')) + "/{id}", method, path).json("{\"text\": \"x\"}")
                        .problem(405);
            }
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            corpus.add("method on /summaries", method, "/summaries").json("{\"text\": \"x\"}").problem(405);
        }
        corpus.add("method on /facts", "GET", "/facts").problem(404);
        for (String accept : List.of("application/xml", "text/html", "image/png", "text/csv", "application/json;q=0")) {
            corpus.add("Accept " + accept, "GET", "/summaries/" + fixture).header("Accept", accept).problem(406);
            corpus.add("Accept " + accept, "GET", "/facts/" + fixture).header("Accept", accept).problem(406);
        }
        for (String garbage : List.of(";;;", "not a media type", "application/", "/json")) {
            corpus.add("Accept garbage " + garbage, "GET", "/summaries/" + fixture).header("Accept", garbage).problem(400);
        }
        corpus.add("Content-Type garbage on a read", "GET", "/summaries/" + fixture).header("Content-Type", "not a media type").problem(400);
    }

    private static void posts(Corpus corpus) {
        String ok = "The council of Porto approved a new tram line on Monday. Construction starts in March. "
                + "The line will cost 120 million euros.";
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("empty body", "");
        broken.put("lone brace", "{");
        broken.put("truncated", "{\"text\": \"The council");
        broken.put("trailing comma", "{\"text\": \"" + ok + "\",}");
        broken.put("NaN sentences", "{\"text\": \"" + ok + "\", \"sentences\": NaN}");
        broken.put("comment", "/* c */ {\"text\": \"" + ok + "\"}");
        broken.put("single quotes", "{'text': 'The council met.'}");
        broken.put("JSON null", "null");
        broken.put("array", "[]");
        broken.put("two objects (NDJSON sent as JSON)", "{\"text\": \"" + ok + "\"}\n{\"text\": \"" + ok + "\"}");
        broken.put("text is an object", "{\"text\": {}}");
        broken.put("text is an array", "{\"text\": [\"" + ok + "\"]}");
        broken.put("title is an object", "{\"title\": {\"a\": 1}, \"text\": \"" + ok + "\"}");
        broken.put("sentences is a word", "{\"text\": \"" + ok + "\", \"sentences\": \"many\"}");
        broken.put("ratio is a word", "{\"text\": \"" + ok + "\", \"ratio\": \"half\"}");
        broken.put("words is an array", "{\"text\": \"" + ok + "\", \"words\": [10]}");
        broken.put("unknown field", "{\"text\": \"" + ok + "\", \"articleId\": 1}");
        broken.put("10000 levels of [", "[".repeat(10_000));
        broken.put("10000 levels of {\"a\": in text", "{\"text\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}");
        broken.put("text empty", "{\"text\": \"\"}");
        broken.put("text only whitespace", "{\"text\": \" \\n\\t \"}");
        broken.put("text missing", "{\"title\": \"No text\"}");
        broken.put("title of 5000 characters", "{\"title\": \"" + "T".repeat(5000) + "\", \"text\": \"" + ok + "\"}");
        broken.put("sentences -1", "{\"text\": \"" + ok + "\", \"sentences\": -1}");
        broken.put("sentences 1e9", "{\"text\": \"" + ok + "\", \"sentences\": 1e9}");
        broken.put("ratio 0", "{\"text\": \"" + ok + "\", \"ratio\": 0}");
        broken.put("words 0", "{\"text\": \"" + ok + "\", \"words\": 0}");
        broken.put("sentences and ratio", "{\"text\": \"" + ok + "\", \"sentences\": 2, \"ratio\": 0.5}");
        broken.forEach((name, json) -> corpus.add("post: " + name, "POST", "/summaries").json(json).problem());
        corpus.add("post: text over 1 MiB", "POST", "/summaries").json("{\"text\": \"" + "word ".repeat(220_000) + "\"}").problem(413);
        corpus.add("post: invalid UTF-8 0xFF in text", "POST", "/summaries")
                .body(JSON, concat(utf8("{\"text\": \"Caf"), new byte[] {(byte) 0xFF}, utf8(" " + ok + "\"}"))).problem(400);
        corpus.add("post: invalid UTF-8 truncated sequence in text", "POST", "/summaries")
                .body(JSON, concat(utf8("{\"text\": \"" + ok + " "), new byte[] {(byte) 0xE2, (byte) 0x82}, utf8("\"}"))).problem(400);
        corpus.add("post: raw NUL byte in text", "POST", "/summaries").json("{\"text\": \"A\u0000B. " + ok + "\"}").problem(400);
        for (String type : List.of("text/plain", "application/xml", "application/x-ndjson", "not a media type")) {
            corpus.add("post: content type " + type, "POST", "/summaries").body(type, utf8("{\"text\": \"" + ok + "\"}")).problem();
        }
        corpus.add("post: Accept application/xml", "POST", "/summaries").header("Accept", "application/xml")
                .json("{\"text\": \"" + ok + "\"}").problem(406);
        String sql = "Robert'); DROP TABLE summary; -- said the council of Porto on Monday.";
        corpus.add("post: SQL text is summarised as text", "POST", "/summaries")
                .json("{\"title\": \"' OR '1'='1\", \"sentences\": 10, \"text\": \"" + sql + " " + ok + "\"}")
                .summarised("' OR '1'='1", "Robert'); DROP TABLE summary; --");
        // The engine reads markup in a text as markup and leaves it out of sentences; the words stay, unescaped.
        String html = "<script>alert('x')</script> The mayor of Porto said the tram line <b>would</b> open in 2026.";
        corpus.add("post: HTML text is summarised as text", "POST", "/summaries")
                .json("{\"title\": \"<img src=x onerror=alert(1)>\", \"sentences\": 10, \"text\": \"" + html.replace("\"", "\\\"") + " " + ok + "\"}")
                .summarised("<img src=x onerror=alert(1)>", "the tram line would open in 2026");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sending and checking

    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static Response send(Hostile c) {
        RequestSpecification request = given().config(RAW).urlEncodingEnabled(false);
        // A case meant to be refused breaks the contract on purpose; the refusal is still checked against it.
        if (c.outcome() == Outcome.PROBLEM) {
            request.filter(DELIBERATELY_INVALID_REQUEST);
        }
        c.headers().forEach(request::header);
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        if (c.body() != null) {
            request.body(c.body());
        }
        return request.request(c.method(), c.path());
    }

    private static void check(Hostile c) {
        Response response = send(c);
        int status = response.statusCode();
        String body = response.asString();
        String seen = c.name() + ": got " + status + " " + response.contentType() + " " + abbreviate(body);
        assertTrue(status < 500, () -> "a server error: " + seen);
        assertNotEquals(429, status, () -> "rate limited, so the case did not test what it meant: " + seen);
        switch (c.outcome()) {
            case PROBLEM -> assertProblem(response, c.status(), seen);
            case SUMMARISED -> {
                assertEquals(200, status, seen);
                assertTrue(response.contentType().startsWith(JSON), seen);
                JsonPath summary = json(body, seen);
                List<String> sentences = summary.getList("summary.text", String.class);
                assertFalse(sentences.isEmpty(), seen);
                assertEquals(c.expectedTitle(), summary.getString("title"), "the title comes back as it was sent: " + seen);
                assertTrue(sentences.stream().anyMatch(s -> s.contains(c.expectedText())),
                        () -> "the hostile text is summarised as text: " + seen);
                assertFalse(body.contains("&lt;") || body.contains("&amp;") || body.contains("\\u003c"), () -> "escaped: " + seen);
                assertNoStackTrace(body, seen);
            }
            default -> fail(seen);
        }
    }

    private static void assertProblem(Response response, int expected, String seen) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, () -> "not a 4xx: " + seen);
        if (expected != 0) {
            assertEquals(expected, status, seen);
        }
        String type = response.contentType();
        assertTrue(type != null && type.startsWith("application/problem+json"), () -> "not a problem document: " + seen);
        JsonPath problem = json(response.asString(), seen);
        assertEquals(status, problem.getInt("status"), seen);
        String title = problem.getString("title");
        assertTrue(title != null && !title.isBlank(), () -> "no title: " + seen);
        assertNoStackTrace(response.asString(), seen);
    }

    private static JsonPath json(String body, String seen) {
        try {
            JsonPath json = JsonPath.from(body);
            json.get("$");
            return json;
        } catch (RuntimeException e) {
            throw new AssertionError("not JSON: " + seen, e);
        }
    }

    private static void assertNoStackTrace(String body, String seen) {
        for (String sign : List.of("at dev.", "Exception:", ".java:", "\tat ")) {
            assertFalse(body.contains(sign), () -> "a stack trace (" + sign + "): " + seen);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "null" : text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "... (" + flat.length() + " chars)";
    }
}
