package dev.news.cli;

/** How read commands print: {@code text} for people, {@code json} and {@code yaml} for scripts. */
public enum OutputFormat {
    text, json, yaml
}
