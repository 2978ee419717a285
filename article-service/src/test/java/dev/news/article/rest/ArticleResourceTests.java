package dev.news.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

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
class ArticleResourceTests {

    @Inject
    DataSource dataSource;

    static String json(String title, String body) {
        return """
                {"title": "%s", "body": "%s", "sourceName": "Test Wire", "sourceUrl": "https://wire.example.org/a",
                 "authors": ["Ann Writer"], "publishedAt": "2016-09-09T10:00:00Z", "language": "en"}""".formatted(title, body);
    }

    static long create(String title, String body) {
        return given().contentType(ContentType.JSON).body(json(title, body))
                .when().post("/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String unique() {
        return UUID.randomUUID().toString();
    }

    @Test
    void createsReadsAndDeletes() {
        String title = "Ferry service resumes " + unique();
        String location = given().contentType(ContentType.JSON).body(json(title, "Boats sailed again on Monday."))
                .when().post("/articles")
                .then().statusCode(201)
                .header("Location", containsString("/articles/"))
                .body("title", equalTo(title))
                .body("authors", hasItem("Ann Writer"))
                .body("publishedAt", equalTo("2016-09-09T10:00:00Z"))
                .body("contentHash", notNullValue())
                .body("version", equalTo(0))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo(title))
                .body("body", equalTo("Boats sailed again on Monday."))
                .body("sourceUrl", equalTo("https://wire.example.org/a"));

        given().header("If-None-Match", "\"0\"").when().get(location).then().statusCode(304);
        given().header("If-None-Match", "\"7\"").when().get(location).then().statusCode(200).body("title", equalTo(title));

        given().when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("not found"));
        given().when().delete(location).then().statusCode(404);
    }

    @Test
    void plainTextFirstLineIsTheTitle() {
        String title = "Harbour reopens " + unique();
        given().contentType(ContentType.TEXT).body("\n\n" + title + "\n\nThe harbour reopened today.\n\nShips queued.\n")
                .when().post("/articles")
                .then().statusCode(201)
                .body("title", equalTo(title))
                .body("body", equalTo("The harbour reopened today.\n\nShips queued."));
    }

    @Test
    void repostingTheSameContentAnswersWithTheExistingArticle() {
        String title = "Bridge closed " + unique();
        long id = create(title, "The bridge closed for repairs.");
        given().contentType(ContentType.JSON).body(json(title, "The  bridge closed\\nfor repairs."))
                .when().post("/articles")
                .then().statusCode(200)
                .header("Location", endsWith("/articles/" + id))
                .body("id", equalTo((int) id));
        given().contentType(ContentType.TEXT).body(title + "\nThe bridge closed for repairs.")
                .when().post("/articles")
                .then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void editsNeedTheCurrentVersion() {
        long id = create("Dam report " + unique(), "The report was published.");
        String edited = json("Dam report revised " + unique(), "The report was revised.");

        given().contentType(ContentType.JSON).body(edited).when().put("/articles/" + id)
                .then().statusCode(428).contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited)
                .when().put("/articles/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1))
                .body("body", equalTo("The report was revised."));

        // A second writer still holding version 0 must not overwrite the first one's edit.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(json("Stale " + unique(), "Stale text."))
                .when().put("/articles/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("detail", containsString("changed meanwhile"));
        given().contentType(ContentType.JSON).body(json("Stale " + unique(), "Stale text.").replace("}", ", \"version\": 0}"))
                .when().put("/articles/" + id)
                .then().statusCode(412);
        given().when().get("/articles/" + id).then().body("body", equalTo("The report was revised.")).body("version", equalTo(1));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(json("Anything", "Else."))
                .when().put("/articles/99999999").then().statusCode(404);
    }

    @Test
    void listsPagesWithMetadata() {
        String tag = "zq" + unique().replace("-", "").substring(0, 10);
        for (int i = 0; i < 5; i++) {
            create("Paging item " + i + " " + unique(), "Body about " + tag + " number " + i + ".");
        }
        given().queryParam("q", tag).queryParam("size", 2).queryParam("page", 2)
                .when().get("/articles")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(2)).body("size", equalTo(2))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("items[0].body", nullValue())
                .body("items[0].rank", notNullValue());
        int total = given().queryParam("size", 1).when().get("/articles").then().statusCode(200).extract().path("totalItems");
        assertEquals(true, total >= 5);
        given().queryParam("sort", "title,asc").queryParam("size", 100).when().get("/articles").then().statusCode(200);
    }

    @Test
    void searchRanksTitleMatchesAndRepeatedTermsFirst() {
        String word = "vx" + unique().replace("-", "").substring(0, 8);
        long inBodyOnce = create("Weather notes " + unique(), "Rain fell. A " + word + " was seen once.");
        long inTitle = create("The " + word + " arrives " + unique(), "It came to town with " + word + " fans.");
        long unrelated = create("Markets calm " + unique(), "Shares were flat.");
        var ids = given().queryParam("q", word).when().get("/articles")
                .then().statusCode(200).body("totalItems", equalTo(2)).extract().jsonPath().getList("items.id", Long.class);
        assertEquals(java.util.List.of(inTitle, inBodyOnce), ids);
        given().queryParam("q", "markets calm").when().get("/articles").then().statusCode(200)
                .body("items.id", hasItem((int) unrelated));
    }

    @Test
    void anEditThatLosesToADeleteIs404() throws Exception {
        long id = create("Bridge closed " + unique(), "The bridge was closed.");
        String edited = json("Bridge reopened " + unique(), "The bridge was reopened.");
        try (Connection deleter = dataSource.getConnection()) {
            deleter.setAutoCommit(false);
            try (PreparedStatement delete = deleter.prepareStatement("DELETE FROM article WHERE id = ?")) {
                delete.setLong(1, id);
                assertEquals(1, delete.executeUpdate());
            }
            // The edit reads the article (the delete is not committed yet), then waits for the deleted row's lock.
            var requestSpec = io.restassured.RestAssured.requestSpecification;
            CompletableFuture<Integer> edit = CompletableFuture.supplyAsync(() -> given().spec(requestSpec)
                    .contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited)
                    .when().put("/articles/" + id).then().contentType("application/problem+json").extract().statusCode());
            while (!aWriteWaitsForALock(deleter) && !edit.isDone()) {
                Thread.onSpinWait();
            }
            deleter.commit();
            assertEquals(404, edit.get());
        }
    }

    private boolean aWriteWaitsForALock(Connection holder) throws SQLException {
        try (Connection watcher = dataSource.getConnection();
                PreparedStatement waiting = watcher.prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'update article%'");
                ResultSet count = waiting.executeQuery()) {
            count.next();
            return count.getInt(1) > 0;
        }
    }

    @Test
    void anEditThatDuplicatesAnotherArticleIs409() {
        String title = "Lock repaired " + unique();
        create(title, "The lock was repaired.");
        long other = create("Lock inspected " + unique(), "The lock was inspected.");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(json(title, "The lock was repaired."))
                .when().put("/articles/" + other)
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void aDeleteMayNameTheVersionItRemoves() {
        long id = create("Harbour dredged " + unique(), "The harbour was dredged.");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(json("Harbour dredged again " + unique(), "Again."))
                .when().put("/articles/" + id).then().statusCode(200);

        given().header("If-Match", "\"0\"").when().delete("/articles/" + id)
                .then().statusCode(412).contentType("application/problem+json").header("ETag", equalTo("\"1\""))
                .body("errors[0].field", equalTo("If-Match"));
        given().when().get("/articles/" + id).then().statusCode(200);
        given().header("If-Match", "not a tag").when().delete("/articles/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));

        given().header("If-Match", "\"1\"").when().delete("/articles/" + id).then().statusCode(204);
        given().when().get("/articles/" + id).then().statusCode(404);
        given().header("If-Match", "\"1\"").when().delete("/articles/" + id).then().statusCode(404);
    }
}
