package dev.news.article.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A corpus of malformed and hostile requests, made from small tables. Every one is sent with a valid editor
 * token, so that the auth layer hides no validation, except the few that test the auth layer itself. Each must
 * be answered with a 4xx problem document, no stack trace, and leave the database as it was; the few writes
 * that are meant to succeed (hostile text stored as text) are checked to round-trip unchanged and are counted.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileInputTests {

    private static final String JSON = "application/json";
    private static final String MISSING = "987654321";
    private static final int MIB = 1024 * 1024;

    /** What a case is meant to get back. */
    private enum Outcome {
        /** Any 4xx problem document, or the given status when there is one. */
        PROBLEM,
        /** 201: hostile text stored as plain text, read back unchanged. */
        STORED,
        /** 200: a search page; the text never reaches SQL as SQL. */
        SEARCHED,
        /** 200: an import whose every line is reported invalid and nothing is created. */
        IMPORT_REJECTED,
        /**
         * Refused by the HTTP server's own limits (request line length) before the application sees the request:
         * the status is all it sends, with no body to hold a problem document.
         */
        REFUSED_BY_HTTP_SERVER
    }

    private record Hostile(String name, String method, String path, String contentType, byte[] body,
            Map<String, String> headers, String token, Outcome outcome, int status, String title, String text) {
    }

    /** Builds the cases of one table; a case carries the editor token unless it says otherwise. */
    private static final class Corpus {
        private final List<Hostile> cases = new ArrayList<>();
        private final String editor = "Bearer " + JwtKeys.shared().editor();

        Case add(String name, String method, String path) {
            return new Case(name, method, path);
        }

        final class Case {
            private final String name;
            private final String method;
            private final String path;
            private String contentType;
            private byte[] body;
            private final Map<String, String> headers = new LinkedHashMap<>();
            private String token = editor;

            Case(String name, String method, String path) {
                this.name = name;
                this.method = method;
                this.path = path;
            }

            Case json(String json) {
                return body(JSON, json.getBytes(StandardCharsets.UTF_8));
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

            Case token(String value) {
                this.token = value;
                return this;
            }

            void problem() {
                problem(0);
            }

            void problem(int status) {
                done(Outcome.PROBLEM, status, null, null);
            }

            void refusedByServer(int status) {
                done(Outcome.REFUSED_BY_HTTP_SERVER, status, null, null);
            }

            void searched() {
                done(Outcome.SEARCHED, 200, null, null);
            }

            void importRejected() {
                done(Outcome.IMPORT_REJECTED, 200, null, null);
            }

            void stored(String title, String text) {
                done(Outcome.STORED, 201, title, text);
            }

            private void done(Outcome outcome, int status, String title, String text) {
                cases.add(new Hostile(String.format("%03d %s %s", cases.size() + 1, method, name), method, path, contentType,
                        body, Map.copyOf(headers), token, outcome, status, title, text));
            }
        }
    }

    private final List<Long> intendedWrites = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> hostileRequests() {
        long before = countArticles();
        long fixture = createFixture();
        List<Hostile> corpus = corpus(fixture);
        assertTrue(corpus.size() >= 200, "the corpus has " + corpus.size() + " cases");
        Stream<DynamicTest> cases = corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
        Stream<DynamicTest> after = Stream.of(
                DynamicTest.dynamicTest("database: only the intended writes happened", () -> {
                    long stored = intendedWrites.size();
                    assertEquals(before + 1 + stored, countArticles(),
                            "articles before: " + before + ", plus the fixture, plus " + stored + " intended writes");
                    JsonPath article = given().when().get("/articles/" + fixture).then().statusCode(200).extract().jsonPath();
                    assertEquals(0, article.getInt("version"), "no hostile request edited the fixture");
                    assertEquals(FIXTURE_TITLE, article.getString("title"));
                    assertEquals(FIXTURE_BODY, article.getString("body"));
                }),
                DynamicTest.dynamicTest("database: intended writes removed again", () -> {
                    for (long id : intendedWrites) {
                        editor().when().delete("/articles/" + id).then().statusCode(204);
                    }
                    editor().when().delete("/articles/" + fixture).then().statusCode(204);
                    assertEquals(before, countArticles());
                }));
        return Stream.concat(cases, after);
    }

    private static final String FIXTURE_TITLE = "Hostile input fixture " + System.nanoTime();
    private static final String FIXTURE_BODY = "An article the corpus tries, and fails, to edit.";

    private static long createFixture() {
        return editor().contentType(JSON).body(Map.of("title", FIXTURE_TITLE, "body", FIXTURE_BODY))
                .when().post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", "Bearer " + JwtKeys.shared().editor());
    }

    private static long countArticles() {
        return given().when().get("/articles?size=1").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    // ---------------------------------------------------------------------------------------------------------
    // The corpus

    private static List<Hostile> corpus(long fixture) {
        Corpus corpus = new Corpus();
        String unique = Long.toString(System.nanoTime());
        String valid = "{\"title\": \"Valid title " + unique + "\", \"body\": \"Valid body.\"}";

        brokenJson(corpus);
        wrongTypes(corpus);
        hugeBodies(corpus);
        deepNesting(corpus);
        invalidUtf8(corpus);
        plainTextAndNdjson(corpus);
        controlCharacters(corpus, unique);
        injection(corpus, unique);
        oddIds(corpus, valid);
        wrongMethods(corpus, fixture, valid);
        contentTypesAndAccept(corpus, fixture, valid);
        paging(corpus);
        ifMatch(corpus, fixture);
        auth(corpus, fixture, valid);
        return corpus.cases;
    }

    private static void brokenJson(Corpus corpus) {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("empty body", "");
        table.put("only whitespace", "   \n\t ");
        table.put("lone brace", "{");
        table.put("lone closing brace", "}");
        table.put("truncated after key", "{\"title\"");
        table.put("truncated after colon", "{\"title\": ");
        table.put("truncated inside string", "{\"title\": \"Half a tit");
        table.put("truncated before closing brace", "{\"title\": \"A\", \"body\": \"B\"");
        table.put("trailing comma in object", "{\"title\": \"A\", \"body\": \"B\",}");
        table.put("double comma", "{\"title\": \"A\",, \"body\": \"B\"}");
        table.put("trailing comma in array", "{\"title\": \"A\", \"body\": \"B\", \"authors\": [\"X\",]}");
        table.put("missing comma", "{\"title\": \"A\" \"body\": \"B\"}");
        table.put("missing colon", "{\"title\" \"A\", \"body\": \"B\"}");
        table.put("single quotes", "{'title': 'A', 'body': 'B'}");
        table.put("unquoted keys", "{title: \"A\", body: \"B\"}");
        table.put("NaN version", "{\"title\": \"A\", \"body\": \"B\", \"version\": NaN}");
        table.put("Infinity version", "{\"title\": \"A\", \"body\": \"B\", \"version\": Infinity}");
        table.put("-Infinity version", "{\"title\": \"A\", \"body\": \"B\", \"version\": -Infinity}");
        table.put("NaN title", "{\"title\": NaN, \"body\": \"B\"}");
        table.put("leading zero", "{\"title\": \"A\", \"body\": \"B\", \"version\": 01}");
        table.put("hex number", "{\"title\": \"A\", \"body\": \"B\", \"version\": 0x10}");
        table.put("line comment", "// note\n{\"title\": \"A\", \"body\": \"B\"}");
        table.put("block comment", "{\"title\": \"A\", /* note */ \"body\": \"B\"}");
        table.put("hash comment", "# note\n{\"title\": \"A\", \"body\": \"B\"}");
        table.put("unescaped newline in string", "{\"title\": \"A\nB\", \"body\": \"B\"}");
        table.put("unescaped tab in string", "{\"title\": \"A\tB\", \"body\": \"B\"}");
        table.put("invalid escape", "{\"title\": \"\\x41\", \"body\": \"B\"}");
        table.put("truncated unicode escape", "{\"title\": \"\\u12\", \"body\": \"B\"}");
        table.put("unterminated string at end", "{\"title\": \"A\", \"body\": \"B}");
        table.put("bare word", "article");
        table.put("JSON null", "null");
        table.put("JSON true", "true");
        table.put("JSON number", "42");
        table.put("JSON string", "\"title\"");
        table.put("empty array", "[]");
        table.put("empty object", "{}");
        table.put("array of articles", "[{\"title\": \"A\", \"body\": \"B\"}]");
        table.put("python literals", "{\"title\": \"A\", \"body\": \"B\", \"authors\": None}");
        table.put("undefined", "{\"title\": undefined, \"body\": \"B\"}");
        table.put("xml instead of JSON", "<article><title>A</title></article>");
        table.forEach((name, json) -> corpus.add("broken JSON: " + name, "POST", "/articles").json(json).problem(400));
        table.forEach((name, json) -> {
            if (List.of("empty body", "truncated inside string", "trailing comma in object", "NaN version", "line comment",
                    "single quotes", "JSON null", "array of articles").contains(name)) {
                corpus.add("broken JSON on replace: " + name, "PUT", "/articles/" + MISSING).json(json).header("If-Match", "\"0\"")
                        .problem(400);
            }
        });
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        corpus.add("broken JSON: BOM then truncated JSON", "POST", "/articles")
                .body(JSON, concat(bom, "{\"title\": \"A\", \"body\"".getBytes(StandardCharsets.UTF_8))).problem(400);
        corpus.add("broken JSON: two BOMs", "POST", "/articles")
                .body(JSON, concat(bom, bom, "{\"title\": \"A\", \"body\": \"B\"}".getBytes(StandardCharsets.UTF_8))).problem(400);
        corpus.add("broken JSON: BOM alone", "POST", "/articles").body(JSON, bom).problem(400);
        corpus.add("broken JSON: UTF-16 BOM before UTF-8 text", "POST", "/articles")
                .body(JSON, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{\"title\": \"A\", \"body\": \"B\"}".getBytes(StandardCharsets.UTF_8)))
                .problem(400);
        corpus.add("broken JSON: BOM inside the document", "POST", "/articles")
                .body(JSON, concat("{\"title\": \"A\",".getBytes(StandardCharsets.UTF_8), bom, " \"body\": \"B\"}".getBytes(StandardCharsets.UTF_8)))
                .problem(400);
    }

    private static void wrongTypes(Corpus corpus) {
        // Per field, values of a JSON type the field cannot take. (Jackson turns a number or boolean into a string
        // for a string field, and a whole number into epoch seconds for a timestamp; those are left out.)
        Map<String, List<String>> table = new LinkedHashMap<>();
        List<String> notAString = List.of("{}", "[]", "{\"text\": \"A\"}", "[\"A\"]");
        table.put("title", notAString);
        table.put("body", notAString);
        table.put("sourceName", notAString);
        table.put("sourceUrl", notAString);
        table.put("language", notAString);
        table.put("authors", List.of("7", "\"A. Writer\"", "{}", "true", "[[\"A\"]]", "[{}]", "[null]"));
        table.put("publishedAt", List.of("true", "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "{}", "[]", "\"yesterday\"", "\"2016-02-30T10:00:00Z\"", "\"2016-09-09T10:00:00\""));
        table.put("version", List.of("\"seven\"", "{}", "[]", "-1", "99999999999", "1e400"));
        table.forEach((field, values) -> values.forEach(value -> {
            String json = switch (field) {
                case "title" -> "{\"body\": \"B\", \"title\": " + value + "}";
                case "body" -> "{\"title\": \"A\", \"body\": " + value + "}";
                default -> "{\"title\": \"A\", \"body\": \"B\", \"" + field + "\": " + value + "}";
            };
            corpus.add("wrong type: " + field + " = " + value, "POST", "/articles").json(json).problem(400);
        }));
        corpus.add("wrong type: title null", "POST", "/articles").json("{\"title\": null, \"body\": \"B\"}").problem(400);
        corpus.add("wrong type: body null", "POST", "/articles").json("{\"title\": \"A\", \"body\": null}").problem(400);
        corpus.add("wrong type: unknown field", "POST", "/articles").json("{\"title\": \"A\", \"body\": \"B\", \"id\": 1}").problem(400);
        corpus.add("wrong type: server-set field contentHash", "POST", "/articles")
                .json("{\"title\": \"A\", \"body\": \"B\", \"contentHash\": \"00\"}").problem(400);
    }

    private static void hugeBodies(Corpus corpus) {
        corpus.add("huge: body one byte over 1 MiB", "POST", "/articles")
                .json("{\"title\": \"Big\", \"body\": \"" + "x".repeat(MIB + 1) + "\"}").problem(413);
        corpus.add("huge: body of 3 MiB", "POST", "/articles")
                .json("{\"title\": \"Big\", \"body\": \"" + "y".repeat(3 * MIB) + "\"}").problem(413);
        corpus.add("huge: body of 400k three-byte characters", "POST", "/articles")
                .json("{\"title\": \"Big\", \"body\": \"" + "\u20ac".repeat(400_000) + "\"}").problem(413);
        corpus.add("huge: title of 5000 characters", "POST", "/articles")
                .json("{\"title\": \"" + "T".repeat(5000) + "\", \"body\": \"B\"}").problem(400);
        corpus.add("huge: title of 1001 characters", "POST", "/articles")
                .json("{\"title\": \"" + "T".repeat(1001) + "\", \"body\": \"B\"}").problem(400);
        corpus.add("huge: sourceName of 2 MiB", "POST", "/articles")
                .json("{\"title\": \"A\", \"body\": \"B\", \"sourceName\": \"" + "s".repeat(2 * MIB) + "\"}").problem(400);
        corpus.add("huge: sourceUrl of 2049 characters", "POST", "/articles")
                .json("{\"title\": \"A\", \"body\": \"B\", \"sourceUrl\": \"https://x.org/" + "u".repeat(2040) + "\"}").problem(400);
        corpus.add("huge: 100000 authors", "POST", "/articles")
                .json("{\"title\": \"A\", \"body\": \"B\", \"authors\": [" + "\"A\",".repeat(99_999) + "\"A\"]}").problem(400);
        corpus.add("huge: author name of 5000 characters", "POST", "/articles")
                .json("{\"title\": \"A\", \"body\": \"B\", \"authors\": [\"" + "a".repeat(5000) + "\"]}").problem(400);
        corpus.add("huge: unknown field of 2 MiB", "POST", "/articles")
                .json("{\"title\": \"A\", \"body\": \"B\", \"padding\": \"" + "p".repeat(2 * MIB) + "\"}").problem(400);
        corpus.add("huge: plain text body over 1 MiB", "POST", "/articles")
                .body("text/plain; charset=utf-8", ("Big text\n" + "z".repeat(MIB + 1)).getBytes(StandardCharsets.UTF_8)).problem(413);
        corpus.add("huge: plain text title line of 5000 characters", "POST", "/articles")
                .body("text/plain; charset=utf-8", ("T".repeat(5000) + "\nbody").getBytes(StandardCharsets.UTF_8)).problem(400);
        corpus.add("huge: replace with body over 1 MiB", "PUT", "/articles/" + MISSING).header("If-Match", "\"0\"")
                .json("{\"title\": \"Big\", \"body\": \"" + "x".repeat(MIB + 1) + "\"}").problem(413);
    }

    private static void deepNesting(Corpus corpus) {
        corpus.add("deep: 10000 levels of [", "POST", "/articles").json("[".repeat(10_000)).problem(400);
        corpus.add("deep: 10000 balanced levels of []", "POST", "/articles").json("[".repeat(10_000) + "]".repeat(10_000)).problem(400);
        corpus.add("deep: 100000 levels of [", "POST", "/articles").json("[".repeat(100_000)).problem(400);
        corpus.add("deep: 10000 levels of {\"a\": in title", "POST", "/articles")
                .json("{\"body\": \"B\", \"title\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}").problem(400);
        corpus.add("deep: 10000 levels of [ in authors", "POST", "/articles")
                .json("{\"title\": \"A\", \"body\": \"B\", \"authors\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}").problem(400);
        corpus.add("deep: 10000 levels of [ in unknown field", "POST", "/articles")
                .json("{\"title\": \"A\", \"body\": \"B\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}").problem(400);
        corpus.add("deep: 10000 levels of { on replace", "PUT", "/articles/" + MISSING).header("If-Match", "\"0\"")
                .json("{\"a\": ".repeat(10_000)).problem(400);
    }

    private static void invalidUtf8(Corpus corpus) {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("0xFF", new byte[] {(byte) 0xFF});
        bad.put("0xFE", new byte[] {(byte) 0xFE});
        bad.put("lone continuation 0x80", new byte[] {(byte) 0x80});
        bad.put("overlong NUL C0 80", new byte[] {(byte) 0xC0, (byte) 0x80});
        bad.put("overlong < C0 BC", new byte[] {(byte) 0xC0, (byte) 0xBC});
        bad.put("overlong / E0 80 AF", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF});
        bad.put("truncated E2 82", new byte[] {(byte) 0xE2, (byte) 0x82});
        bad.put("encoded surrogate ED A0 80", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        bad.put("beyond U+10FFFF F4 90 80 80", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        bad.put("Latin-1 e-acute", new byte[] {(byte) 0xE9});
        bad.forEach((name, bytes) -> {
            corpus.add("invalid UTF-8 in title: " + name, "POST", "/articles")
                    .body(JSON, concat(utf8("{\"title\": \"A"), bytes, utf8("\", \"body\": \"B\"}"))).problem(400);
            corpus.add("invalid UTF-8 in plain text: " + name, "POST", "/articles")
                    .body("text/plain", concat(utf8("Title\nBody "), bytes)).problem(400);
        });
        corpus.add("invalid UTF-8 in a key", "POST", "/articles")
                .body(JSON, concat(utf8("{\"ti"), new byte[] {(byte) 0xFF}, utf8("tle\": \"A\", \"body\": \"B\"}"))).problem(400);
        corpus.add("invalid UTF-8 in body", "POST", "/articles")
                .body(JSON, concat(utf8("{\"title\": \"A\", \"body\": \"B"), new byte[] {(byte) 0xC3}, utf8("\"}"))).problem(400);
        corpus.add("invalid UTF-8 outside strings", "POST", "/articles")
                .body(JSON, concat(utf8("{\"title\": \"A\", \"body\": \"B\""), new byte[] {(byte) 0xFF}, utf8("}"))).problem(400);
    }

    private static void plainTextAndNdjson(Corpus corpus) {
        corpus.add("plain text: empty", "POST", "/articles").body("text/plain", new byte[0]).problem(400);
        corpus.add("plain text: only whitespace", "POST", "/articles").body("text/plain", utf8(" \n \r\n\t")).problem(400);
        corpus.add("plain text: title but no body", "POST", "/articles").body("text/plain", utf8("Only a title")).problem(400);
        corpus.add("plain text: title then blank lines", "POST", "/articles").body("text/plain", utf8("A title\n\n\n   \n")).problem(400);
        corpus.add("plain text: NUL byte in body", "POST", "/articles").body("text/plain", utf8("A title\nBody with \u0000 NUL")).problem(400);
        corpus.add("plain text: NUL byte in title", "POST", "/articles").body("text/plain", utf8("A \u0000 title\nBody")).problem(400);
        String ndjson = "{\"title\": \"A\", \"body\": \"B\"}\n{\"title\": \"C\", \"body\": \"D\"}\n";
        corpus.add("NDJSON to the JSON endpoint", "POST", "/articles").body(ArticleResource.NDJSON, utf8(ndjson)).problem(415);
        corpus.add("NDJSON as JSON", "POST", "/articles").json(ndjson).problem(400);
        corpus.add("NDJSON to replace", "PUT", "/articles/" + MISSING).header("If-Match", "\"0\"")
                .body(ArticleResource.NDJSON, utf8(ndjson)).problem(415);
        corpus.add("JSON to the import endpoint", "POST", "/articles/import").json("{\"title\": \"A\", \"body\": \"B\"}").problem(415);
        corpus.add("plain text to the import endpoint", "POST", "/articles/import").body("text/plain", utf8("Title\nBody")).problem(415);
        // The import answers per line: hostile lines are each reported invalid, and none is stored.
        Map<String, byte[]> lines = new LinkedHashMap<>();
        lines.put("broken JSON lines", utf8("{\"title\": \n[1,]\n{'title': 'A'}\nNaN\n"));
        lines.put("invalid UTF-8 line", concat(utf8("{\"title\": \"A"), new byte[] {(byte) 0xFF}, utf8("\", \"body\": \"B\"}\n")));
        lines.put("escaped NUL in a line", utf8("{\"title\": \"A\\u0000\", \"body\": \"B " + System.nanoTime() + "\"}\n"));
        lines.put("10000 levels of [ in a line", utf8("[".repeat(10_000) + "\n"));
        lines.put("wrong types in lines", utf8("{\"title\": {}, \"body\": \"B\"}\n{\"title\": \"A\", \"body\": \"B\", \"authors\": 7}\n"));
        lines.put("line over the length limit", utf8("{\"title\": \"A\", \"body\": \"" + "x".repeat(2 * MIB + 100 * 1024) + "\"}\n"));
        lines.put("body over 1 MiB in a line", utf8("{\"title\": \"A\", \"body\": \"" + "x".repeat(MIB + 1) + "\"}\n"));
        lines.put("title of 5000 characters in a line", utf8("{\"title\": \"" + "T".repeat(5000) + "\", \"body\": \"B\"}\n"));
        lines.put("NDJSON of JSON null lines", utf8("null\nnull\n"));
        lines.forEach((name, bytes) -> corpus.add("import: " + name, "POST", "/articles/import")
                .body(ArticleResource.NDJSON, bytes).importRejected());
    }

    private static void controlCharacters(Corpus corpus, String unique) {
        Map<String, String> rejected = new LinkedHashMap<>();
        rejected.put("escaped U+0000 in title", "{\"title\": \"A\\u0000B\", \"body\": \"B\"}");
        rejected.put("escaped U+0000 in body", "{\"title\": \"A\", \"body\": \"B\\u0000\"}");
        rejected.put("escaped U+0000 in sourceName", "{\"title\": \"A\", \"body\": \"B\", \"sourceName\": \"\\u0000\"}");
        rejected.put("escaped U+0000 in an author", "{\"title\": \"A\", \"body\": \"B\", \"authors\": [\"\\u0000\"]}");
        rejected.put("escaped U+0000 as whole title", "{\"title\": \"\\u0000\", \"body\": \"B\"}");
        rejected.put("raw NUL byte in a string", "{\"title\": \"A\u0000B\", \"body\": \"B\"}");
        rejected.put("raw NUL byte outside strings", "{\"title\": \"A\",\u0000 \"body\": \"B\"}");
        rejected.put("raw U+0001 in a string", "{\"title\": \"A\u0001B\", \"body\": \"B\"}");
        rejected.put("raw escape character in a string", "{\"title\": \"A\u001bB\", \"body\": \"B\"}");
        rejected.put("lone high surrogate", "{\"title\": \"A\\ud800B\", \"body\": \"B\"}");
        rejected.put("lone low surrogate", "{\"title\": \"A\", \"body\": \"\\udc00\"}");
        rejected.put("reversed surrogate pair", "{\"title\": \"A\\udc00\\ud800\", \"body\": \"B\"}");
        rejected.forEach((name, json) -> corpus.add("control: " + name, "POST", "/articles").json(json).problem(400));
        corpus.add("control: escaped U+0000 on replace", "PUT", "/articles/" + MISSING).header("If-Match", "\"0\"")
                .json("{\"title\": \"A\\u0000\", \"body\": \"B\"}").problem();
        // Unusual but valid characters are text like any other: stored and given back as they came.
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("U+FFFF", "\uffff");
        stored.put("U+0001 escaped", "\u0001");
        stored.put("escape and bell escaped", "\u001b[31m\u0007");
        stored.put("right-to-left override", "\u202e");
        stored.put("zero-width space and joiner", "\u200b\u200d");
        stored.put("BOM character inside text", "\ufeff");
        stored.put("emoji surrogate pair", "\ud83d\udca5");
        stored.forEach((name, text) -> {
            String title = "Control " + name + " " + text + " " + unique;
            String body = "Body with " + text + " in it.";
            corpus.add("control stored as text: " + name, "POST", "/articles").json(articleJson(title, body)).stored(title, body);
        });
    }

    private static void injection(Corpus corpus, String unique) {
        List<String> sql = List.of(
                "' OR '1'='1", "'; DROP TABLE article; --", "1; DELETE FROM article", "\" OR \"\"=\"", "' UNION SELECT id, body FROM article --",
                "%' AND 1=0 --", "\\", "'", "\")", "(select pg_sleep(5))", "' || pg_sleep(5) || '", "$$; DROP TABLE article; $$",
                "*/ DROP TABLE article /*", "!@#$%^&*()", "a & | ! <-> :* b", "\"unterminated phrase", "-", "or", "%", "_");
        for (String text : sql) {
            corpus.add("SQL in q: " + text, "GET", "/articles?q=" + encode(text)).searched();
        }
        corpus.add("SQL in q with sort: relevance", "GET", "/articles?sort=relevance&q=" + encode("'; DROP TABLE article; --")).searched();
        corpus.add("SQL in q: 2000 characters", "GET", "/articles?q=" + encode("' OR 1=1 -- ".repeat(160))).searched();
        corpus.add("SQL in q: escaped U+0000", "GET", "/articles?q=" + encode("a\u0000b")).problem(400);
        List<String> sorts = List.of("id; DROP TABLE article", "title DESC; DELETE FROM article", "(select 1)", "1", "title,asc;--",
                "title) desc, (select pg_sleep(5)", "published_at", "search", "body", "contentHash", "TITLE", "title,asc,desc",
                "title,sideways", ",asc", "title,", "", "relevance;--");
        for (String sort : sorts) {
            if (sort.isEmpty()) {
                continue;
            }
            corpus.add("SQL in sort: " + sort, "GET", "/articles?sort=" + encode(sort)).problem(400);
            corpus.add("SQL in sort with q: " + sort, "GET", "/articles?q=talks&sort=" + encode(sort)).problem(400);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("SQL in title", "'; DROP TABLE article; --");
        titles.put("SQL comment in title", "Robert'); DELETE FROM article WHERE ('1'='1");
        titles.put("script tag in title", "<script>alert('x')</script>");
        titles.put("image onerror in title", "<img src=x onerror=alert(1)>");
        titles.put("HTML entities in title", "&lt;b&gt; &amp;amp; &#x3C;");
        titles.put("template syntax in title", "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>");
        titles.put("JSON in title", "{\"title\": \"inner\"}");
        titles.forEach((name, text) -> {
            String title = text + " " + unique;
            String body = "<p onclick=\"steal()\">" + text + "</p><script>document.cookie</script>";
            corpus.add("injection stored as text: " + name, "POST", "/articles").json(articleJson(title, body)).stored(title, body);
        });
        String plainTitle = "<svg onload=alert(1)> plain " + unique;
        String plainBody = "<iframe src=\"javascript:alert(1)\"></iframe>";
        corpus.add("injection stored as text: HTML via plain text", "POST", "/articles")
                .body("text/plain; charset=utf-8", utf8(plainTitle + "\n" + plainBody)).stored(plainTitle, plainBody);
    }

    private static void oddIds(Corpus corpus, String valid) {
        List<String> ids = List.of("..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc",
                MISSING + ";DROP%20TABLE%20article", "1%3BDROP%20TABLE%20article", "-1", "0", "-0", "00", "99999999999999999999",
                "9223372036854775808", "-9223372036854775808", "1.5", "1e3", "0x10", "abc", "%20", "%00", "1%00", "%E2%80%AE1",
                "NaN", "%7B%7D", "%27%20OR%20%271%27%3D%271");
        for (String id : ids) {
            corpus.add("odd id: " + id, "GET", "/articles/" + id).problem();
            corpus.add("odd id: " + id, "DELETE", "/articles/" + id).problem();
            corpus.add("odd id: " + id, "PUT", "/articles/" + id).header("If-Match", "\"0\"").json(valid).problem();
        }
        corpus.add("odd id: empty", "DELETE", "/articles/").problem(405);
        corpus.add("odd id: empty", "PUT", "/articles/").header("If-Match", "\"0\"").json(valid).problem(405);
        corpus.add("odd id: largest long, no such article", "GET", "/articles/9223372036854775807").problem(404);
        corpus.add("odd id: largest long, no such article", "DELETE", "/articles/9223372036854775807").problem(404);
        corpus.add("odd id: nested path", "GET", "/articles/1/2").problem(404);
        corpus.add("odd id: unknown sub-resource", "DELETE", "/articles/1/body").problem(404);
        corpus.add("odd id: 2000 digits", "GET", "/articles/" + "9".repeat(2000)).problem(400);
    }

    private static void wrongMethods(Corpus corpus, long fixture, String valid) {
        corpus.add("method: PATCH an article", "PATCH", "/articles/" + fixture).json("{\"title\": \"Patched\"}").problem(405);
        corpus.add("method: PATCH the collection", "PATCH", "/articles").json(valid).problem(405);
        corpus.add("method: PATCH with merge-patch type", "PATCH", "/articles/" + fixture)
                .body("application/merge-patch+json", utf8("{\"title\": \"Patched\"}")).problem(405);
        corpus.add("method: PUT the collection", "PUT", "/articles").json(valid).problem(405);
        corpus.add("method: DELETE the collection", "DELETE", "/articles").problem(405);
        corpus.add("method: POST to an article", "POST", "/articles/" + fixture).json(valid).problem(405);
        corpus.add("method: POST to a missing article", "POST", "/articles/" + MISSING).json(valid).problem(405);
        corpus.add("method: PUT the import", "PUT", "/articles/import").body(ArticleResource.NDJSON, utf8(valid)).problem();
        corpus.add("method: DELETE the import", "DELETE", "/articles/import").problem(400);
        corpus.add("method: GET the import", "GET", "/articles/import").problem(400);
        corpus.add("method: TRACE the collection", "TRACE", "/articles").problem(405);
        corpus.add("method: made-up method", "BREW", "/articles").problem(405);
    }

    private static void contentTypesAndAccept(Corpus corpus, long fixture, String valid) {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("application/xml", "<article><title>A</title><body>B</body></article>");
        types.put("text/html", "<h1>A</h1><p>B</p>");
        types.put("application/x-www-form-urlencoded", "title=A&body=B");
        types.put("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nA\r\n--xyz--\r\n");
        types.put("application/octet-stream", valid);
        types.put("application/json-patch+json", "[{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"A\"}]");
        types.put("application/vnd.api+json", valid);
        types.put("application/javascript", valid);
        types.put("image/png", "\u0089PNG");
        types.put("application/problem+json", valid);
        types.put("not a media type", valid);
        types.put("application/", valid);
        types.forEach((type, body) -> {
            corpus.add("content type " + type, "POST", "/articles").body(type, utf8(body)).problem();
            corpus.add("content type " + type, "PUT", "/articles/" + fixture).header("If-Match", "\"0\"").body(type, utf8(body)).problem();
        });
        corpus.add("content type: none", "POST", "/articles").body(null, utf8(valid)).problem();
        corpus.add("content type: JSON with UTF-16 charset but UTF-8 bytes", "POST", "/articles")
                .body("application/json; charset=utf-16", utf8("{\"title\": \"A\", \"body\": ")).problem(400);
        Map<String, String> accepts = new LinkedHashMap<>();
        accepts.put("application/xml", "/articles/" + fixture);
        accepts.put("text/html", "/articles");
        accepts.put("image/png", "/articles/" + fixture);
        accepts.put("text/csv", "/articles?q=talks");
        accepts.put("application/json;q=0", "/articles");
        accepts.forEach((accept, path) -> corpus.add("Accept " + accept + " on " + path, "GET", path).header("Accept", accept).problem(406));
        for (String garbage : List.of(";;;", "not a media type", "application/", "/json")) {
            corpus.add("Accept garbage " + garbage, "GET", "/articles").header("Accept", garbage).problem(400);
            corpus.add("Accept garbage " + garbage + " on create", "POST", "/articles").header("Accept", garbage).json(valid).problem(400);
        }
        corpus.add("Accept application/xml on create", "POST", "/articles").header("Accept", "application/xml").json(valid).problem(406);
        corpus.add("Accept application/xml on replace", "PUT", "/articles/" + fixture).header("If-Match", "\"0\"")
                .header("Accept", "application/xml").json(valid).problem(406);
        corpus.add("Accept application/xml on delete of a missing article", "DELETE", "/articles/" + MISSING)
                .header("Accept", "application/xml").problem();
        corpus.add("Accept application/xml on import", "POST", "/articles/import").header("Accept", "application/xml")
                .body(ArticleResource.NDJSON, utf8("null\n")).problem(406);
    }

    private static void paging(Corpus corpus) {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("page=-1", "page");
        table.put("page=0", "page");
        table.put("page=abc", "page");
        table.put("page=1.5", "page");
        table.put("page=1e3", "page");
        table.put("page=0x10", "page");
        table.put("page=2147483648", "page");
        table.put("page=-2147483649", "page");
        table.put("page=99999999999999999999", "page");
        table.put("page=2147483647&size=100", "page");
        table.put("page=21474837&size=100", "page");
        table.put("page=%00", "page");
        table.put("page=1%3BDROP", "page");
        table.put("size=1000000", "size");
        table.put("size=101", "size");
        table.put("size=0", "size");
        table.put("size=-1", "size");
        table.put("size=abc", "size");
        table.put("size=1e2", "size");
        table.put("size=%E2%88%9E", "size");
        table.put("size=2147483648", "size");
        table.put("size=-2147483648", "size");
        table.put("size=10%20OR%201%3D1", "size");
        table.put("size=" + "9".repeat(1000), "size");
        table.forEach((query, field) -> {
            corpus.add("paging: " + abbreviate(query), "GET", "/articles?" + query).problem(400);
            corpus.add("paging with q: " + abbreviate(query), "GET", "/articles?q=talks&" + query).problem(400);
        });
        corpus.add("paging: relevance without q", "GET", "/articles?sort=relevance").problem(400);
        corpus.add("huge query string: size of 3000 characters", "GET", "/articles?size=" + "1".repeat(3000)).problem(400);
        corpus.add("huge query string: sort of 3000 characters", "GET", "/articles?sort=" + "s".repeat(3000)).problem(400);
        corpus.add("huge query string: over the request line limit", "GET", "/articles?q=" + "q".repeat(20_000)).refusedByServer(414);
        corpus.add("huge query string: 500 parameters", "GET", "/articles?" + "page=x&".repeat(500)).problem(400);
    }

    private static void ifMatch(Corpus corpus, long fixture) {
        String edit = "{\"title\": \"Edited by a hostile request\", \"body\": \"It should never be stored.\"}";
        Map<String, Integer> table = new LinkedHashMap<>();
        table.put("abc", 400);
        table.put("\"abc\"", 400);
        table.put("W/", 400);
        table.put("\"\"", 400);
        table.put("\"1.5\"", 400);
        table.put("\"99999999999\"", 400);
        table.put("\"0\", \"1\"", 400);
        table.put("\"0\"; DROP TABLE article", 400);
        table.put("W/\"W/\"0\"\"", 400);
        table.put("\"-1\"", 412);
        table.put("\"7\"", 412);
        table.put("W/\"7\"", 412);
        table.put("\"2147483647\"", 412);
        table.put("\"" + "9".repeat(5000) + "\"", 400);
        table.put("\u00e9t\u00e9", 400);
        table.forEach((value, status) -> corpus.add("If-Match " + abbreviate(value), "PUT", "/articles/" + fixture)
                .header("If-Match", value).json(edit).problem(status));
        corpus.add("If-Match differs from body version", "PUT", "/articles/" + fixture).header("If-Match", "\"0\"")
                .json("{\"title\": \"X\", \"body\": \"Y\", \"version\": 3}").problem(400);
        corpus.add("If-Match missing, no body version", "PUT", "/articles/" + fixture).json(edit).problem(428);
        corpus.add("If-Match missing, negative body version", "PUT", "/articles/" + fixture)
                .json("{\"title\": \"X\", \"body\": \"Y\", \"version\": -1}").problem(400);
        corpus.add("If-Match missing, stale body version", "PUT", "/articles/" + fixture)
                .json("{\"title\": \"X\", \"body\": \"Y\", \"version\": 5}").problem(412);
        corpus.add("If-Match blank", "PUT", "/articles/" + fixture).header("If-Match", "   ").json(edit).problem(428);
        corpus.add("If-Match on a missing article", "PUT", "/articles/" + MISSING).header("If-Match", "\"0\"").json(edit).problem(404);
        corpus.add("If-Match star on a missing article", "PUT", "/articles/" + MISSING).header("If-Match", "*").json(edit).problem(404);
    }

    private static void auth(Corpus corpus, long fixture, String valid) {
        JwtKeys keys = JwtKeys.shared();
        String editor = keys.editor();
        String tampered = editor.substring(0, editor.length() - 4) + (editor.endsWith("AAAA") ? "BBBB" : "AAAA");
        String[] parts = editor.split("\\.");
        String unsigned = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}"))
                + "." + parts[1] + ".";
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("garbage bearer token", "Bearer abc");
        tokens.put("empty bearer token", "Bearer ");
        tokens.put("basic credentials", "Basic ZWRpdG9yOmVkaXRvcg==");
        tokens.put("tampered signature", "Bearer " + tampered);
        tokens.put("alg none", "Bearer " + unsigned);
        tokens.put("expired token", "Bearer " + keys.expired("test-editor", "editor"));
        tokens.put("token of 8000 characters", "Bearer " + "a".repeat(8000));
        tokens.forEach((name, token) -> {
            corpus.add("auth " + name, "POST", "/articles").token(token).json(valid).problem(401);
            corpus.add("auth " + name, "DELETE", "/articles/" + fixture).token(token).problem(401);
        });
        corpus.add("auth reader role", "POST", "/articles").token("Bearer " + keys.token("reader", "reader")).json(valid).problem(403);
        corpus.add("auth reader role", "PUT", "/articles/" + fixture).token("Bearer " + keys.token("reader", "reader"))
                .header("If-Match", "\"0\"").json(valid).problem(403);
        corpus.add("auth no roles", "DELETE", "/articles/" + fixture).token("Bearer " + keys.token("nobody")).problem(403);
        corpus.add("auth no token", "POST", "/articles/import").token(null).body(ArticleResource.NDJSON, utf8(valid)).problem(401);
        corpus.add("auth no token", "PUT", "/articles/" + fixture).token(null).header("If-Match", "\"0\"").json(valid).problem(401);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Sending and checking

    private static final io.restassured.config.RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private static Response send(Hostile c) {
        RequestSpecification request = given().config(RAW).urlEncodingEnabled(false);
        // A case meant to be refused breaks the contract on purpose; the refusal is still checked against it.
        if (c.outcome() == Outcome.PROBLEM || c.outcome() == Outcome.REFUSED_BY_HTTP_SERVER) {
            request.filter(DELIBERATELY_INVALID_REQUEST);
        }
        if (c.token() != null) {
            request.header("Authorization", c.token());
        }
        c.headers().forEach(request::header);
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        if (c.body() != null && c.contentType() != null && c.contentType().startsWith("application/x-www-form-urlencoded")) {
            request.body(new String(c.body(), StandardCharsets.UTF_8));
        } else if (c.body() != null) {
            request.body(c.body());
        }
        return request.request(c.method(), c.path());
    }

    private void check(Hostile c) {
        Response response = send(c);
        int status = response.statusCode();
        String body = response.asString();
        String seen = c.name() + ": got " + status + " " + response.contentType() + " " + abbreviate(body);
        assertTrue(status < 500, () -> "a server error: " + seen);
        switch (c.outcome()) {
            case PROBLEM -> assertProblem(response, c.status(), seen);
            case STORED -> assertStored(response, c, seen);
            case SEARCHED -> {
                assertEquals(200, status, seen);
                JsonPath page = json(body, seen);
                assertNotNull(page.get("items"), seen);
                assertTrue(page.getLong("totalItems") >= 0, seen);
            }
            case IMPORT_REJECTED -> {
                assertEquals(200, status, seen);
                JsonPath result = json(body, seen);
                assertEquals(0, result.getInt("created"), seen);
                assertEquals(0, result.getInt("duplicates"), seen);
                assertTrue(result.getInt("invalid") > 0, seen);
                assertTrue(result.getList("results.status").stream().allMatch("invalid"::equals), seen);
                assertNoStackTrace(body, seen);
            }
            case REFUSED_BY_HTTP_SERVER -> {
                assertEquals(c.status(), status, seen);
                assertNoStackTrace(body, seen);
            }
            default -> fail(seen);
        }
    }

    /** A 4xx problem document whose {@code status} is the HTTP status, with a title and no stack trace. */
    static void assertProblem(Response response, int expected, String seen) {
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

    private void assertStored(Response response, Hostile c, String seen) {
        assertEquals(201, response.statusCode(), seen);
        long id = response.jsonPath().getLong("id");
        intendedWrites.add(id);
        assertEquals(c.title(), response.jsonPath().getString("title"), seen);
        JsonPath read = given().when().get("/articles/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(c.title(), read.getString("title"), "title read back unchanged: " + seen);
        assertEquals(c.text(), read.getString("body"), "body read back unchanged: " + seen);
        String raw = given().when().get("/articles/" + id).then().statusCode(200).contentType("application/json").extract().asString();
        // Served as JSON data, not markup: no HTML escaping was applied on the way in or out.
        assertFalse(raw.contains("&lt;") && !c.title().contains("&lt;"), "not HTML-escaped: " + seen);
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

    static void assertNoStackTrace(String body, String seen) {
        for (String sign : List.of("at dev.", "Exception:", ".java:", "\tat ")) {
            assertFalse(body.contains(sign), () -> "a stack trace (" + sign + "): " + seen);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Small helpers

    private static String articleJson(String title, String body) {
        return "{\"title\": " + quote(title) + ", \"body\": " + quote(body) + "}";
    }

    /** A JSON string literal; every character outside printable ASCII is escaped, so control characters arrive as escapes. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(ch -> {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append((char) ch);
            } else if (ch < 0x20 || ch > 0x7e) {
                out.append(String.format("\\u%04x", ch));
            } else {
                out.append((char) ch);
            }
        });
        return out.append('"').toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
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
