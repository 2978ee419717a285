package dev.news.summary.rest;

import static dev.news.testsupport.ContractCheck.DELIBERATELY_INVALID_REQUEST;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.news.testsupport.ArticleServiceResource;
import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** summary-service with the real article-service running, both on the throwaway PostgreSQL. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "summaries"))
@WithTestResource(value = ArticleServiceResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SummaryResourceTests {

    private static final String SAMPLE = "../samples/syria-talks-geneva.txt";

    @BeforeEach
    void ready() {
        EngineReady.await();
    }

    static String articleService() {
        return ConfigProvider.getConfig().getValue("news.test.article-service.url", String.class);
    }

    static long storeSample() throws IOException {
        return given().baseUri(articleService()).header("Authorization", "Bearer " + JwtKeys.shared().editor()).contentType("text/plain; charset=utf-8")
                .body(Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void summarisesTheSampleWithItsKeyFacts() throws IOException {
        long id = storeSample();
        JsonPath summary = given().when().get("/summaries/" + id)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("articleId", equalTo((int) id))
                .body("title", containsString("Syrian deal"))
                .body("contentHash", notNullValue())
                .body("summary", hasSize(3))
                .body("summary.text", everyItem(not(containsString("newsletter"))))
                .body("summary.text", everyItem(not(containsString("Picture:"))))
                .body("engine.name", notNullValue())
                .body("engine.version", notNullValue())
                .body("generatedAt", notNullValue())
                .body("facts.participants.name", hasItem("John Kerry"))
                .body("facts.participants.name", hasItem("Sergey Lavrov"))
                .body("facts.venue.name", equalTo("Geneva"))
                .body("facts.places.name", hasItem("Aleppo"))
                .body("facts", hasKey("organizations"))
                .body("facts", hasKey("dates"))
                .body("facts", hasKey("figures"))
                .extract().jsonPath();
        List<Integer> indexes = summary.getList("summary.index", Integer.class);
        assertEquals(indexes.stream().sorted().toList(), indexes, "summary sentences are in article order");
        String text = Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("\n\n") + 2);
        for (int i = 0; i < indexes.size(); i++) {
            int start = summary.getInt("summary[" + i + "].start");
            int end = summary.getInt("summary[" + i + "].end");
            assertTrue(start >= 0 && end > start, "offsets point into the article");
            assertTrue(body.length() >= end, "offsets point into the article body");
        }

        given().when().get("/facts/" + id)
                .then().statusCode(200)
                .body("articleId", equalTo((int) id))
                .body("facts.participants.find { it.name == 'John Kerry' }.role", containsString("Secretary of State"))
                .body("facts.venue.name", equalTo("Geneva"))
                .body("summary", equalTo(null));
    }

    @Test
    void nearbyLengthsShareOneStoredVariant() throws IOException {
        long id = storeSample();
        // Every distinct value used to be computed and stored anew: a row per value, without bound.
        String first = given().queryParam("words", 61).when().get("/summaries/" + id)
                .then().statusCode(200).extract().path("generatedAt");
        String second = given().queryParam("words", 67).when().get("/summaries/" + id)
                .then().statusCode(200).extract().path("generatedAt");
        assertEquals(first, second, "words=61 and words=67 are both served the 60-word variant");
        String third = given().queryParam("ratio", 0.33).when().get("/summaries/" + id)
                .then().statusCode(200).extract().path("generatedAt");
        String fourth = given().queryParam("ratio", 0.349).when().get("/summaries/" + id)
                .then().statusCode(200).extract().path("generatedAt");
        assertEquals(third, fourth, "ratio=0.33 and ratio=0.349 are both served the 0.35 variant");
    }

    @Test
    void repeatRequestsAreServedFromMemoryThenFromTheStore() throws IOException {
        long id = storeSample();
        String first = given().queryParam("sentences", 2).when().get("/summaries/" + id)
                .then().statusCode(200).body("summary", hasSize(2)).extract().path("generatedAt");

        double memoryHits = counter("news_summary_memory_total", "hit");
        double trusted = counter("news_summary_article_copy_total", "trusted");
        String second = given().queryParam("sentences", 2).when().get("/summaries/" + id)
                .then().statusCode(200).extract().path("generatedAt");
        assertEquals(first, second, "the stored document is served, not a new one");
        assertEquals(memoryHits + 1, counter("news_summary_memory_total", "hit"), "from memory");
        assertEquals(trusted + 1, counter("news_summary_article_copy_total", "trusted"), "without asking article-service");

        // Two other documents push it out of memory (the test profile has room for one or two): the store still has it.
        given().queryParam("sentences", 1).when().get("/summaries/" + id).then().statusCode(200);
        given().queryParam("sentences", 3).when().get("/summaries/" + id).then().statusCode(200);
        double storeHits = counter("news_summary_store_total", "hit");
        String third = given().queryParam("sentences", 2).when().get("/summaries/" + id)
                .then().statusCode(200).extract().path("generatedAt");
        assertEquals(first, third, "the store serves what memory dropped");
        assertEquals(storeHits + 1, counter("news_summary_store_total", "hit"), "from the store");

        double notModified = counter("news_article_service_calls_total", "not_modified");
        String fourth = given().header("Cache-Control", "no-cache").queryParam("sentences", 2).when().get("/summaries/" + id)
                .then().statusCode(200).extract().path("generatedAt");
        assertEquals(first, fourth, "an unchanged article keeps its summary");
        assertEquals(notModified + 1, counter("news_article_service_calls_total", "not_modified"),
                "no-cache asks article-service, which confirms the copy with a 304");
    }

    @Test
    void anEditShowsOnceArticleServiceIsAskedAgain() {
        String title = "Harbour strike ends after talks in Rotterdam";
        String body = "Dock workers in Rotterdam ended a week-long strike on Tuesday after talks with the port authority. "
                + "The union said its members would return to work on Wednesday morning. "
                + "Shipping lines had diverted more than 40 vessels to other ports during the strike. "
                + "Union leader Marta Visser said the agreement raised wages by 4 percent.";
        JsonPath created = given().baseUri(articleService()).header("Authorization", "Bearer " + JwtKeys.shared().editor()).contentType(ContentType.JSON)
                .body(java.util.Map.of("title", title, "body", body))
                .when().post("/articles").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        JsonPath before = given().queryParam("sentences", 1).when().get("/summaries/" + id)
                .then().statusCode(200).extract().jsonPath();

        String edited = "Port officials in Antwerp said on Thursday that cargo traffic had doubled. " + body;
        given().baseUri(articleService()).header("Authorization", "Bearer " + JwtKeys.shared().editor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(java.util.Map.of("title", title, "body", edited))
                .when().put("/articles/" + id).then().statusCode(200);
        // The test profile trusts a confirmed copy for an hour: without no-cache the edit does not show yet.
        given().queryParam("sentences", 1).when().get("/summaries/" + id)
                .then().statusCode(200).body("contentHash", equalTo(before.getString("contentHash")));
        JsonPath after = given().header("Cache-Control", "no-cache").queryParam("sentences", 1).when().get("/summaries/" + id)
                .then().statusCode(200).extract().jsonPath();

        assertNotEquals(before.getString("contentHash"), after.getString("contentHash"));
        assertNotEquals(before.getString("generatedAt"), after.getString("generatedAt"));
        assertTrue(after.getList("facts.places.name").contains("Antwerp"), "facts come from the edited text");
        given().when().get("/facts/" + id).then().statusCode(200).body("facts.places.name", hasItem("Antwerp"));

        given().baseUri(articleService()).header("Authorization", "Bearer " + JwtKeys.shared().editor())
                .when().delete("/articles/" + id).then().statusCode(204);
        given().header("Cache-Control", "max-age=0").when().get("/facts/" + id).then().statusCode(404);
        given().queryParam("sentences", 1).when().get("/summaries/" + id).then().statusCode(404);
    }

    @Test
    void concurrentIdenticalRequestsAgree() throws Exception {
        String body = "Firefighters in Lisbon contained a blaze at a warehouse on Sunday. "
                + "Nobody was hurt, the city's civil protection service said. "
                + "About 60 firefighters worked through the night.";
        long id = given().baseUri(articleService()).header("Authorization", "Bearer " + JwtKeys.shared().editor()).contentType(ContentType.JSON)
                .body(java.util.Map.of("title", "Warehouse fire contained in Lisbon", "body", body))
                .when().post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        double fresh = requests("fresh");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> given().queryParam("words", 30).when().get("/summaries/" + id)
                        .then().statusCode(200).extract().<String>path("generatedAt")));
            }
            String first = answers.get(0).get();
            for (Future<String> answer : answers) {
                assertEquals(first, answer.get(), "one computation, one document");
            }
        } finally {
            pool.shutdown();
        }
        // The requests that waited for that computation are "shared", not fresh summaries of their own.
        assertEquals(fresh + 1, requests("fresh"), "one fresh summary counted");
    }

    /** How many summary requests the duration timer has counted with this source. */
    private static double requests(String source) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("news_summary_duration_seconds_count{") && line.contains("source=\"" + source + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void lengthParametersShapeTheSummary() throws IOException {
        long id = storeSample();
        given().queryParam("words", 40).when().get("/summaries/" + id)
                .then().statusCode(200).body("summary.size()", greaterThan(0))
                .body("summary.collect { it.text.split(/\\s+/).size() }.sum()", lessThanOrEqualTo(40));
        given().queryParam("ratio", 0.5).when().get("/summaries/" + id)
                .then().statusCode(200).body("summary.size()", greaterThan(3));
    }

    @Test
    void badRequestsNameTheParameter() {
        given().when().get("/summaries/abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("articleId"));
        given().queryParam("sentences", "x").when().get("/summaries/1").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sentences"));
        given().queryParam("sentences", 0).when().get("/summaries/1").then().statusCode(400).body("errors[0].field", equalTo("sentences"));
        given().queryParam("ratio", 1.5).when().get("/summaries/1").then().statusCode(400).body("errors[0].field", equalTo("ratio"));
        given().queryParam("words", -1).when().get("/summaries/1").then().statusCode(400).body("errors[0].field", equalTo("words"));
        // Other scripts' digits are no number here ("\u0662" is an Arabic-Indic two).
        given().queryParam("sentences", "\u0662").when().get("/summaries/1").then().statusCode(400)
                .body("errors[0].field", equalTo("sentences"));
        given().queryParam("sentences", 2).queryParam("words", 10).when().get("/summaries/1").then().statusCode(400)
                .body("detail", containsString("only one"));
    }

    @Test
    void unknownArticleIs404() {
        given().when().get("/summaries/987654321").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("article 987654321 not found"));
        given().when().get("/facts/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void postedTextIsSummarisedWithoutStoringIt() {
        String text = "The city council of Porto approved a new tram line on Monday. "
                + "Construction will start in March and cost 120 million euros. "
                + "Mayor Rui Costa said the line would serve 30,000 passengers a day. "
                + "Opposition councillors criticised the cost.";
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("title", "Porto approves tram line", "text", text, "sentences", 2))
                .when().post("/summaries")
                .then().statusCode(200)
                .body("$", not(hasKey("articleId")))
                .body("$", not(hasKey("truncated")))
                .body("summary", hasSize(2))
                .body("facts.places.name", hasItem("Porto"));
    }

    @Test
    void textBeyondTheAnalysedLengthSaysItWasTruncated() {
        // Past news.summary.max-analysed-chars (100,000) but within the 1 MiB accepted; the padding is blank, so
        // the analysis stays as short as the sentences before it.
        String opening = "The city council of Porto approved a new tram line on Monday. Construction will start in March. ";
        String text = opening + " ".repeat(100_000) + "The mayor of Lisbon resigned on Friday.";
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("text", text, "sentences", 3))
                .when().post("/summaries")
                .then().statusCode(200)
                .body("truncated", equalTo(true))
                .body("summary.text", not(hasItem(containsString("Lisbon"))));
    }

    @Test
    void badPostedTextIsAProblem() {
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON).body("{\"title\": \"No text\"}")
                .when().post("/summaries").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("text"));
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON).body("{\"text\": \"Some text.\", \"sentences\": \"many\"}")
                .when().post("/summaries").then().statusCode(400).body("errors[0].field", equalTo("sentences"));
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.JSON).body("{\"text\": \"Some text.\", \"colour\": 1}")
                .when().post("/summaries").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().contentType(ContentType.JSON).body("{\"text\": \"" + "word ".repeat(220_000) + "\"}")
                .when().post("/summaries").then().statusCode(413).body("errors[0].field", equalTo("text"));
        given().filter(DELIBERATELY_INVALID_REQUEST).contentType(ContentType.TEXT).body("plain")
                .when().post("/summaries").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anEmptyAcceptIsAnsweredAsIfThereWereNone() throws IOException {
        long id = storeSample();
        given().header("Accept", "").when().get("/summaries/" + id)
                .then().statusCode(200).contentType(ContentType.JSON).body("articleId", equalTo((int) id));
        given().header("Accept", " ").when().get("/facts/" + id)
                .then().statusCode(200).contentType(ContentType.JSON);
        given().header("Accept", "").when().get("/summaries/abc")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("articleId"));
    }

    @Test
    void requestIdsAreEchoed() {
        given().header("X-Request-Id", "test-request-42").when().get("/summaries/987654321")
                .then().statusCode(404).header("X-Request-Id", equalTo("test-request-42"));
        given().when().get("/summaries/abc").then().statusCode(400).header("X-Request-Id", notNullValue());
    }

    @Test
    void operationsEndpoints() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("summary engine"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("news_article_service_calls_total"))
                .body(containsString("http_server_requests_seconds_count"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/summaries/{articleId}"))
                .body("paths", hasKey("/facts/{articleId}"));
    }

    private static double counter(String name, String result) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") && (line.contains("result=\"" + result + "\"") || line.contains("outcome=\"" + result + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
