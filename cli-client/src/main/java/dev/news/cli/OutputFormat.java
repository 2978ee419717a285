package dev.news.cli;

/** How commands print: {@code text} for people, {@code json} and {@code yaml} for scripts, {@code name} for the ids alone. */
public enum OutputFormat {
    text, json, yaml, name
}
