package dev.news.summary.engine;

/** A date expression with its ISO-8601 value when it can be resolved against the publication time. */
public record DateFact(String text, String value, Evidence evidence) {
}
