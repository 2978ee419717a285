package dev.news.article.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.news.article.page.TestPages;
import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** A page that takes pathological time is stopped at its deadline, and holds up neither its worker nor other requests. */
@QuarkusTest
@TestProfile(PageDeadlineTests.ShortLimits.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(Editor.class)
class PageDeadlineTests {

    /** Short deadline, one page at a time, a small size limit. */
    public static class ShortLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("news.article.page-timeout", "300ms", "news.article.page-concurrency", "1",
                    "news.article.page-max-bytes", "4000000");
        }
    }

    // The first requests of a fresh application load classes and compile code: not what is measured here.
    @BeforeEach
    void warmUp() {
        given().when().get("/articles?size=1").then().statusCode(200);
        PageResourceTests.page(PageResourceTests.HTML, PageResourceTests.newsPage("warm-up").getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/extract").then().statusCode(200);
    }

    @Test
    void aPathologicalPageIsStoppedAtItsDeadline() {
        byte[] hostile = TestPages.hostile();
        long start = System.nanoTime();
        Response answer = PageResourceTests.page(PageResourceTests.HTML, hostile).when().post("/articles");
        long millis = (System.nanoTime() - start) / 1_000_000;
        answer.then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].message", equalTo("the page could not be read within 300 ms"));
        // Reading 3 MB and parsing them come before the deadline's clock starts; the worker is free well before 2 s.
        assertTrue(millis < 2000, "answered after " + millis + " ms");
    }

    @Test
    void otherRequestsAreServedMeanwhileAndTheNextPageIsRead() throws Exception {
        CompletableFuture<Integer> hostile = CompletableFuture.supplyAsync(
                () -> PageResourceTests.page(PageResourceTests.HTML, TestPages.hostile()).when().post("/articles/extract").statusCode());
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            given().when().get("/articles?size=1").then().statusCode(200);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1000, "a read took " + millis + " ms beside a hostile page");
        }
        assertEquals422(hostile.get());
        // The stopped extraction gave its slot back: with one slot, a normal page is read again.
        String tag = Long.toString(System.nanoTime());
        long readStart = System.nanoTime();
        Response next;
        do {
            next = PageResourceTests.page(PageResourceTests.HTML, PageResourceTests.newsPage(tag).getBytes(StandardCharsets.UTF_8))
                    .when().post("/articles/extract");
        } while (next.statusCode() == 503 && System.nanoTime() - readStart < 5_000_000_000L);
        next.then().statusCode(200);
    }

    @Test
    void theSizeLimitIsConfigurable() {
        byte[] page = ("<html><body><p>A short page made long by a comment.</p><!--" + "z".repeat(4_000_000) + "--></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        PageResourceTests.page(PageResourceTests.HTML, page).when().post("/articles/extract")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].message", equalTo("the request is larger than 4000000 bytes"));
    }

    private static void assertEquals422(int status) {
        org.junit.jupiter.api.Assertions.assertEquals(422, status, "the hostile page's answer");
    }
}
