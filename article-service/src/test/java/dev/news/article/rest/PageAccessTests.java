package dev.news.article.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.news.testsupport.ContractCheck;
import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.JwtResource;
import dev.news.testsupport.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Pages are written, and extracted, by editors only, as the JSON POST is. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PageAccessTests {

    private static final byte[] PAGE = PageResourceTests.newsPage("access").getBytes(StandardCharsets.UTF_8);

    @Test
    void withoutATokenIs401() {
        for (String path : new String[] {"/articles", "/articles/extract"}) {
            PageResourceTests.page(PageResourceTests.HTML, PAGE).filter(ContractCheck.DELIBERATELY_INVALID_REQUEST).when().post(path)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aReaderIs403() {
        String reader = "Bearer " + JwtKeys.shared().token("a-reader", "reader");
        for (String path : new String[] {"/articles", "/articles/extract"}) {
            PageResourceTests.page(PageResourceTests.HTML, PAGE).header("Authorization", reader).when().post(path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void anEditorStores() {
        int status = PageResourceTests.page(PageResourceTests.HTML, PAGE).header("Authorization", Editor.header())
                .when().post("/articles").statusCode();
        assertEquals(true, status == 201 || status == 200, "stored, or found stored: " + status);
    }
}
