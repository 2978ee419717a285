package dev.news.article.rest;

import dev.news.testsupport.JwtKeys;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/** Makes the test's requests carry an editor's bearer token, as writers must. */
final class Editor {

    private Editor() {
    }

    static String header() {
        return "Bearer " + JwtKeys.shared().editor();
    }

    static void signIn() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", header()).build();
    }

    static void signOut() {
        RestAssured.requestSpecification = null;
    }
}
