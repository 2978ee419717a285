package dev.news.summary.engine;

/**
 * Where the main event takes place. The name carries the larger places the text writes right after the venue, each
 * holding it ("Arlen, Tartu, Norland" for "at the Arlen race track in Tartu, Norland"); the evidence is then the
 * span that says so.
 */
public record Venue(String name, Evidence evidence) {
}
