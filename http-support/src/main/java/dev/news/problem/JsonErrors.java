package dev.news.problem;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field at fault in a Jackson error and says what is wrong with it, without Jackson's internals. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The JSON property path at fault ({@code authors[2]}), or {@code body} when the document itself is broken. */
    public static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "body";
    }

    /** What is wrong, in one line. */
    public static String message(JsonProcessingException e) {
        String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (first.startsWith("Trailing token")) {
            return "unexpected content after the JSON value";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // Jackson's text is kept only when it speaks of the input, not of Java types.
            return first.contains("`") || first.contains("java.") ? "invalid value" : "invalid value: " + first;
        }
        return "malformed JSON: " + first;
    }

    // Says what the client should send, in JSON terms, never in Java ones.
    private static String expected(Class<?> type) {
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 timestamp with offset, such as 2016-09-09T10:00:00Z";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return "must be a JSON object";
    }

    /** {@code field: message}. */
    public static String describe(JsonProcessingException e) {
        return field(e) + ": " + message(e);
    }
}
