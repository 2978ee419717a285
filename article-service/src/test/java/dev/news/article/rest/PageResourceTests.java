package dev.news.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.news.article.page.TestPages;
import dev.news.testsupport.ContractCheck;
import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(Editor.class)
class PageResourceTests {

    static final String HTML = "text/html";
    private static final String ADDRESS = "https://gazette.example.org/news/bridge";
    // The Content-Type goes out as written: no charset added by the client.
    private static final RestAssuredConfig AS_WRITTEN = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** The test news page with a headline of its own, so that each test stores new content. */
    static String newsPage(String tag) {
        return TestPages.NEWS.replace("repair the stone bridge", "repair the stone bridge " + tag);
    }

    static RequestSpecification page(String type, byte[] bytes) {
        return given().config(AS_WRITTEN).contentType(type).body(bytes);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long stored() {
        return given().when().get("/articles?size=1").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void aPageIsStoredWithItsMetadata() {
        String tag = unique();
        String location = page(HTML, newsPage(tag).getBytes(StandardCharsets.UTF_8)).queryParam("sourceUrl", ADDRESS)
                .when().post("/articles")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/articles/"))
                .body("title", equalTo("Eastbrook council votes to repair the stone bridge " + tag))
                .extract().header("Location");
        JsonPath article = given().when().get(location).then().statusCode(200).extract().jsonPath();
        assertEquals(String.join("\n\n", TestPages.PARAGRAPHS), article.getString("body"));
        assertEquals(java.util.List.of("Nora Quill", "Tomas Reed"), article.getList("authors"));
        assertEquals("2024-05-14T08:30:00Z", article.getString("publishedAt"));
        assertEquals("2024-05-14T11:05:00Z", article.getString("modifiedAt"));
        assertEquals("The Eastbrook Gazette", article.getString("sourceName"));
        assertEquals("en-GB", article.getString("language"));
        assertEquals(ADDRESS, article.getString("sourceUrl"));
        assertEquals("https://gazette.example.org/news/2024/bridge-repair", article.getString("canonicalUrl"));
        assertEquals("https://gazette.example.org/img/bridge.jpg", article.getString("imageUrl"));
    }

    @Test
    void theSamePageAgainOrTheSameTextAsJsonIsTheStoredArticle() {
        byte[] bytes = newsPage(unique()).getBytes(StandardCharsets.UTF_8);
        JsonPath first = page(HTML, bytes).when().post("/articles").then().statusCode(201).extract().jsonPath();
        long id = first.getLong("id");
        page(HTML, bytes).when().post("/articles")
                .then().statusCode(200).header("Location", containsString("/articles/" + id)).body("id", equalTo((int) id));
        String json = "{\"title\": " + quote(first.getString("title")) + ", \"body\": " + quote(first.getString("body")) + "}";
        given().contentType(ContentType.JSON).body(json).when().post("/articles")
                .then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void extractShowsTheArticleAndStoresNothing() {
        long before = stored();
        String tag = unique();
        page(HTML, newsPage(tag).getBytes(StandardCharsets.UTF_8)).queryParam("sourceUrl", ADDRESS)
                .when().post("/articles/extract")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("title", equalTo("Eastbrook council votes to repair the stone bridge " + tag))
                .body("body", equalTo(String.join("\n\n", TestPages.PARAGRAPHS)))
                .body("authors", contains("Nora Quill", "Tomas Reed"))
                .body("publishedAt", equalTo("2024-05-14T09:30:00+01:00"))
                .body("modifiedAt", equalTo("2024-05-14T12:05:00+01:00"))
                .body("siteName", equalTo("The Eastbrook Gazette"))
                .body("language", equalTo("en-GB"))
                .body("canonicalUrl", equalTo("https://gazette.example.org/news/2024/bridge-repair"))
                .body("imageUrl", equalTo("https://gazette.example.org/img/bridge.jpg"))
                .body(not(containsString("Share on")))
                .body(not(containsString("cookies")));
        assertEquals(before, stored(), "nothing stored");
    }

    @Test
    void theCharsetComesFromTheHeaderOrTheMeta() {
        String text = "<p>Le caf\u00e9 du port rouvre ses portes apr\u00e8s trois mois de travaux, annonce la mairie.</p>"
                + "<p>Les habitu\u00e9s retrouvent leur terrasse d\u00e8s samedi matin.</p>";
        Charset latin = Charset.forName("windows-1252");
        page(HTML + "; charset=windows-1252", TestPages.metaOnly("", text).getBytes(latin))
                .when().post("/articles/extract")
                .then().statusCode(200).body("body", startsWith("Le caf\u00e9 du port rouvre ses portes apr\u00e8s"));
        page(HTML, TestPages.metaOnly("<meta charset=\"iso-8859-1\">", text).getBytes(latin))
                .when().post("/articles/extract")
                .then().statusCode(200).body("body", containsString("Les habitu\u00e9s retrouvent leur terrasse d\u00e8s"));
        page(HTML, TestPages.metaOnly("", text).getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/extract")
                .then().statusCode(200).body("body", containsString("Les habitu\u00e9s"));
    }

    @Test
    void whatIsNotHtmlIs422SayingWhy() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        page(HTML, png).when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("not HTML"));
        page(HTML, "Only a line of text.".getBytes(StandardCharsets.UTF_8)).when().post("/articles/extract")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].message", startsWith("not HTML"));
    }

    @Test
    void aPageWithNoArticleIs422SayingWhy() {
        long before = stored();
        byte[] bytes = "<html><body><nav><a href='/'>Home</a></nav><form><input name=q></form></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        page(HTML, bytes).when().post("/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("page: no article text found in the page"));
        assertEquals(before, stored(), "nothing stored");
    }

    @Test
    void aPageOverTheLimitIs413() {
        byte[] big = ("<html><body><p>x</p><!--" + "z".repeat(5 * 1024 * 1024) + "--></body></html>").getBytes(StandardCharsets.UTF_8);
        page(HTML, big).when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        page(HTML, big).when().post("/articles/extract").then().statusCode(413);
    }

    @Test
    void aPageLargerThanAJsonRequestMayBeIsRead() {
        // 4.5 MiB: over what a JSON request may be (4 x 1 MiB), under the page limit (5 MiB).
        String padded = newsPage(unique()).replace("</body>", "<!--" + "z".repeat(4_500_000) + "--></body>");
        page(HTML, padded.getBytes(StandardCharsets.UTF_8)).when().post("/articles/extract")
                .then().statusCode(200).body("body", equalTo(String.join("\n\n", TestPages.PARAGRAPHS)));
    }

    @Test
    void aSourceUrlMustBeAnHttpUrl() {
        byte[] bytes = newsPage(unique()).getBytes(StandardCharsets.UTF_8);
        for (String bad : new String[] {"javascript:alert(1)", "file:///etc/passwd", "gazette.example.org/a", "http://a b"}) {
            page(HTML, bytes).queryParam("sourceUrl", bad).when().post("/articles")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("sourceUrl"));
        }
    }

    @Test
    void noUrlOfThePageIsFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 10, java.net.InetAddress.getLoopbackAddress())) {
            String local = "http://127.0.0.1:" + listener.getLocalPort();
            String html = newsPage(unique()).replace("/img/bridge.jpg", local + "/image.jpg")
                    .replace("href=\"/news/2024/bridge-repair\"", "href=\"" + local + "/canonical\"");
            page(HTML, html.getBytes(StandardCharsets.UTF_8)).queryParam("sourceUrl", local + "/page")
                    .when().post("/articles")
                    .then().statusCode(201).body("imageUrl", equalTo(local + "/image.jpg"));
            listener.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, listener::accept, "the service connected to a URL named in the page");
        }
    }

    @Test
    void thePageFieldsMayBeSentAsJsonAndArticlesWithoutThemShowNone() {
        String tag = unique();
        given().contentType(ContentType.JSON).body("""
                {"title": "Page fields %s", "body": "Sent as JSON.", "modifiedAt": "2024-05-15T10:00:00Z",
                 "canonicalUrl": "https://gazette.example.org/a", "imageUrl": "https://gazette.example.org/a.jpg"}""".formatted(tag))
                .when().post("/articles")
                .then().statusCode(201).body("modifiedAt", equalTo("2024-05-15T10:00:00Z"))
                .body("canonicalUrl", equalTo("https://gazette.example.org/a")).body("imageUrl", equalTo("https://gazette.example.org/a.jpg"));
        given().contentType(ContentType.JSON).body("{\"title\": \"Plain " + tag + "\", \"body\": \"No page fields.\"}")
                .when().post("/articles")
                .then().statusCode(201).body("$", not(org.hamcrest.Matchers.hasKey("canonicalUrl")))
                .body("$", not(org.hamcrest.Matchers.hasKey("modifiedAt"))).body("$", not(org.hamcrest.Matchers.hasKey("imageUrl")));
        given().filter(ContractCheck.DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON)
                .body("{\"title\": \"T\", \"body\": \"B\", \"imageUrl\": \"javascript:x\"}")
                .when().post("/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("imageUrl"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
