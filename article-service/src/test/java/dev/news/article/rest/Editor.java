package dev.news.article.rest;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.news.testsupport.JwtKeys;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/** With {@code @ExtendWith(Editor.class)}, each test's requests carry an editor's bearer token, as writers must. */
public final class Editor implements BeforeEachCallback, AfterEachCallback {

    static String header() {
        return "Bearer " + JwtKeys.shared().editor();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", header()).build();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RestAssured.requestSpecification = null;
    }
}
