package dev.news.article.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(Editor.class)
class ArticleBadInputTests {


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON       | {\"title\": \"A\", \"body\": |body",
            "unknown field        | {\"title\": \"A\", \"body\": \"B\", \"colour\": \"red\"} |colour",
            "missing title        | {\"body\": \"B\"} |title",
            "blank title          | {\"title\": \"  \", \"body\": \"B\"} |title",
            "missing body         | {\"title\": \"A\"} |body",
            "invalid URL          | {\"title\": \"A\", \"body\": \"B\", \"sourceUrl\": \"not a url\"} |sourceUrl",
            "invalid timestamp    | {\"title\": \"A\", \"body\": \"B\", \"publishedAt\": \"yesterday\"} |publishedAt",
            "wrong type           | {\"title\": \"A\", \"body\": \"B\", \"authors\": 7} |authors",
            "invalid language     | {\"title\": \"A\", \"body\": \"B\", \"language\": \"english!\"} |language",
            "not an object        | [1, 2] |body",
            "language of 36 chars | {\"title\": \"A\", \"body\": \"B\", \"language\": \"en-abcdefgh-abcdefgh-abcdefgh-abcdef\"} |language",
    })
    void badJsonIsAProblemNamingTheField(String label, String json, String field) {
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON).body(json)
                .when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", org.hamcrest.Matchers.hasItem(field))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void bodyOverTheLimitIs413() {
        String big = "x".repeat(1024 * 1024 + 1);
        given().contentType(ContentType.JSON).body("{\"title\": \"Big\", \"body\": \"" + big + "\"}")
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType("application/xml").body("<article/>")
                .when().post("/articles")
                .then().statusCode(415).contentType("application/problem+json").body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void nonNumericIdIs400() {
        given().when().get("/articles/abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
        given().when().delete("/articles/-3").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"title\": 42, \"body\": \"B\"}|title",
            "{\"title\": \"T\", \"body\": true}|body",
            "{\"title\": \"T\", \"body\": \"B\", \"language\": 1.5}|language"})
    void numbersAndBooleansAreNotText(String json, String field) {
        long before = stored();
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType("application/json").body(json)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo("must be a string"));
        assertEquals(before, stored(), "nothing stored");
    }

    private static long stored() {
        return given().when().get("/articles?size=1").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void invalidUtf8IsRejected() {
        // The bad byte sits in the title, and the problem says so.
        byte[] json = "{\"title\": \"Caf\u00e9\", \"body\": \"B\"}".getBytes(StandardCharsets.ISO_8859_1);
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType("application/json").body(json)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("title"))
                .body("detail", containsString("UTF-8"));
        byte[] text = "Caf\u00e9 title\nbody".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("text/plain").body(text)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page,0", "page,x", "size,0", "size,101", "size,-5", "sort,colour", "sort,'title,sideways'", "page,99999999999",
            "page,\u0661", "size,\u0661\u0662", "size,\uff11\uff10"})
    void badPagingIs400(String name, String value) {
        given().queryParam(name, value).when().get("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(name));
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        // A path and a method the contract lacks: nothing to check the 404 and 405 against but the tests' own asserts.
        given().filter(DELIBERATELY_INVALID_REQUEST).when().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON).body("{}").when().patch("/articles/1")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void anEmptyAcceptIsAnsweredAsIfThereWereNone() {
        String location = given().contentType(ContentType.JSON).header("Accept", "")
                .body("{\"title\": \"Empty Accept\", \"body\": \"Sent with an empty Accept header.\"}")
                .when().post("/articles")
                .then().statusCode(201).contentType(ContentType.JSON).extract().header("Location");
        given().header("Accept", "").when().get(location)
                .then().statusCode(200).contentType(ContentType.JSON).body("title", equalTo("Empty Accept"));
        given().header("Accept", " ").when().get("/articles")
                .then().statusCode(200).contentType(ContentType.JSON);
        given().header("Accept", "").when().get("/articles/abc")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("id"));
    }

    @Test
    void aRequestOverFourTimesTheBodyLimitIsRefusedBeforeItIsRead() {
        long before = stored();
        // Valid JSON with a tiny article, padded with whitespace to one byte over 4 MiB: only its size is wrong.
        String head = "{\"title\": \"Padded\", \"body\": \"A small body.\"}";
        String padded = head + " ".repeat(4 * 1024 * 1024 + 1 - head.length());
        given().contentType(ContentType.JSON).body(padded.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.TEXT).body(("Padded\n" + "z".repeat(4 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        assertEquals(before, stored(), "nothing stored");
    }

    /**
     * An editor's POST of {@code body} without a length (chunked), which only counting as it is read can stop. A
     * connection closed without an answer fails the test.
     */
    private static java.net.http.HttpResponse<String> postChunked(String path, String contentType, java.io.InputStream body)
            throws InterruptedException {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path))
                .header("Content-Type", contentType)
                .header("Authorization", Editor.header())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            throw new AssertionError("the service closed the connection without an answer", closed);
        }
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        long before = stored();
        // Sent without a length: only counting it as it is read can stop it, before a heap's worth is buffered.
        String head = "{\"title\": \"Chunked\", \"body\": \"A small body.\"}";
        byte[] padded = (head + " ".repeat(8 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> response = postChunked("/articles", "application/json",
                new java.io.ByteArrayInputStream(padded));
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(before, stored(), "nothing stored");
    }

    @Test
    void aChunkedImportOverItsLimitGetsAProblemDocument() throws Exception {
        // 257 MiB of over-long lines (each refused on its own, cheaply), sent without a length: only counting can stop it.
        long total = 257L * 1024 * 1024;
        byte[] line = ("x".repeat(3 * 1024 * 1024 - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
        java.io.InputStream lines = new java.io.InputStream() {
            private long sent;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - sent);
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[(int) ((sent + i) % line.length)];
                }
                sent += n;
                return n;
            }
        };
        java.net.http.HttpResponse<String> response = postChunked("/articles/import", "application/x-ndjson", lines);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"field\":\"body\""), response.body());
    }

    @Test
    void aLengthOverTheHttpLayersBoundGetsAProblemDocumentNotABareStatus() throws Exception {
        // 300 MiB declared (over the import's 256 MiB bound) and a few bytes sent: the answer comes from the length alone.
        try (java.net.Socket socket = new java.net.Socket(java.net.URI.create(io.restassured.RestAssured.baseURI).getHost(),
                io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /articles/import HTTP/1.1\r\nHost: test\r\n"
                    + "Content-Type: application/x-ndjson\r\nAuthorization: " + Editor.header() + "\r\n"
                    + "Content-Length: " + 300L * 1024 * 1024 + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"field\":\"body\""), answer);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"\u0661\u0662", "\u0967", "\uFF11"})
    void idsAreAsciiDigitsOnly(String id) {
        given().when().get("/articles/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
    }
}
