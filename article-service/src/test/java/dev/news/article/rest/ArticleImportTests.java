package dev.news.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
class ArticleImportTests {


    @Test
    void mixedLinesKeepTheGoodOnes() throws Exception {
        String id = UUID.randomUUID().toString();
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        ndjson.writeBytes(("{\"title\": \"Import one " + id + "\", \"body\": \"First body.\"}\n").getBytes(StandardCharsets.UTF_8));
        ndjson.writeBytes("{\"title\": \"broken\", \n".getBytes(StandardCharsets.UTF_8));
        ndjson.writeBytes(("{\"title\": \"Import two " + id + "\", \"body\": \"Second body.\", \"publishedAt\": \"2016-01-02T03:04:05Z\"}\n").getBytes(StandardCharsets.UTF_8));
        ndjson.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        ndjson.writeBytes(("{\"title\": \"Import one " + id + "\", \"body\": \"First body.\"}\n").getBytes(StandardCharsets.UTF_8));
        ndjson.writeBytes("{\"title\": \"\", \"body\": \"No title.\"}\n".getBytes(StandardCharsets.UTF_8));
        ndjson.writeBytes(("{\"title\": \"Latin-1 " + id + "\u00e9\", \"body\": \"B\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        ndjson.writeBytes(("{\"title\": \"Import three " + id + "\", \"body\": \"Third body.\"}").getBytes(StandardCharsets.UTF_8));

        var result = given().contentType("application/x-ndjson").body(ndjson.toByteArray())
                .when().post("/articles/import")
                .then().statusCode(200)
                .body("created", equalTo(3)).body("duplicates", equalTo(1)).body("invalid", equalTo(3))
                .body("results", hasSize(7))
                .body("results[0].status", equalTo("created"))
                .body("results[1].line", equalTo(2)).body("results[1].status", equalTo("invalid"))
                .body("results[1].reason", containsString("malformed JSON"))
                .body("results[2].status", equalTo("created"))
                .body("results[3].line", equalTo(5)).body("results[3].status", equalTo("duplicate"))
                .body("results[4].reason", containsString("title"))
                .body("results[5].reason", equalTo("invalid UTF-8"))
                .body("results[5].id", nullValue())
                .body("results[6].line", equalTo(8)).body("results[6].status", equalTo("created"))
                .extract().jsonPath();
        assertEquals(result.getLong("results[0].id"), result.getLong("results[3].id"));
        given().when().get("/articles/" + result.getLong("results[2].id"))
                .then().statusCode(200).body("publishedAt", equalTo("2016-01-02T03:04:05Z"));

        // The same file again: nothing new.
        given().contentType("application/x-ndjson").body(ndjson.toByteArray())
                .when().post("/articles/import")
                .then().statusCode(200).body("created", equalTo(0)).body("duplicates", equalTo(4));
    }

    @Test
    void manyLinesAreWrittenInBatches() {
        String id = UUID.randomUUID().toString();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            ndjson.append("{\"title\": \"Batch ").append(i).append(' ').append(id).append("\", \"body\": \"Body ").append(i).append(".\"}\n");
        }
        given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/import")
                .then().statusCode(200).body("created", equalTo(250)).body("invalid", equalTo(0));
        given().queryParam("q", "\"" + id + "\"").when().get("/articles").then().body("totalItems", equalTo(250));
    }

    @Test
    void fiftyConcurrentCreatesStoreFiftyRows() throws Exception {
        String tag = "cc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                statuses.add(pool.submit(() -> given().contentType(ContentType.JSON)
                        .body("{\"title\": \"Concurrent " + n + "\", \"body\": \"About " + tag + " item " + n + ".\"}")
                        .when().post("/articles").then().extract().statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdown();
        }
        given().queryParam("q", tag).queryParam("size", 100).when().get("/articles")
                .then().statusCode(200).body("totalItems", equalTo(50)).body("items", hasSize(50));
    }

    @Test
    void concurrentIdenticalCreatesStoreOneRow() throws Exception {
        String tag = "dd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(pool.submit(() -> given().contentType(ContentType.JSON)
                        .body("{\"title\": \"Same " + tag + "\", \"body\": \"Same body.\"}")
                        .when().post("/articles").then().extract().path("id")));
            }
            Integer first = ids.get(0).get();
            for (Future<Integer> id : ids) {
                assertEquals(first, id.get());
            }
        } finally {
            pool.shutdown();
        }
        given().queryParam("q", tag).when().get("/articles").then().body("totalItems", equalTo(1));
    }

    @Test
    void concurrentImportsAndEditsLoseNothing() throws Exception {
        String tag = "ee" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long edited = given().contentType(ContentType.JSON)
                .body("{\"title\": \"Edited " + tag + "\", \"body\": \"Version zero.\"}")
                .when().post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> imports = new ArrayList<>();
            List<Future<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                StringBuilder ndjson = new StringBuilder();
                // Each import repeats the shared lines 0-4 and adds 4 of its own.
                for (int line = 0; line < 5; line++) {
                    ndjson.append("{\"title\": \"Shared ").append(line).append(' ').append(tag)
                            .append("\", \"body\": \"Shared body.\"}\n");
                }
                for (int line = 0; line < 4; line++) {
                    ndjson.append("{\"title\": \"Own ").append(i).append('-').append(line).append(' ').append(tag)
                            .append("\", \"body\": \"Own body.\"}\n");
                }
                byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
                imports.add(pool.submit(() -> given().contentType("application/x-ndjson").body(body)
                        .when().post("/articles/import").then().statusCode(200).extract().<Integer>path("created")));
                int n = i;
                edits.add(pool.submit(() -> given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body("{\"title\": \"Edited " + tag + "\", \"body\": \"Edit number " + n + ".\"}")
                        .when().put("/articles/" + edited).then().extract().statusCode()));
            }
            int created = 0;
            for (Future<Integer> result : imports) {
                created += result.get();
            }
            assertEquals(5 + 25 * 4, created, "every distinct line stored once");
            long accepted = 0;
            for (Future<Integer> status : edits) {
                int code = status.get();
                org.junit.jupiter.api.Assertions.assertTrue(code == 200 || code == 412, "edit answered " + code);
                accepted += code == 200 ? 1 : 0;
            }
            assertEquals(1, accepted, "exactly one of the edits based on version 0 wins");
        } finally {
            pool.shutdown();
        }
        given().queryParam("q", tag).queryParam("size", 100).when().get("/articles")
                .then().body("totalItems", equalTo(5 + 25 * 4 + 1));
        given().when().get("/articles/" + edited).then().body("version", equalTo(1));
    }

    @Test
    void aLineStartingWithAByteOrderMarkIsReadWithoutIt() {
        String id = UUID.randomUUID().toString();
        String ndjson = "\uFEFF{\"title\": \"Marked one " + id + "\", \"body\": \"First body.\"}\n"
                + "\uFEFF{\"title\": \"Marked two " + id + "\", \"body\": \"Second body.\"}\n";
        long stored = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/import")
                .then().statusCode(200).body("created", equalTo(2)).body("invalid", equalTo(0))
                .extract().jsonPath().getLong("results[0].id");
        given().when().get("/articles/" + stored).then().statusCode(200).body("title", equalTo("Marked one " + id));
    }
}
