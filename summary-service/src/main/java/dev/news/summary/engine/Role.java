package dev.news.summary.engine;

/** A participant's role as the text states it ("Italian Prime Minister"), its affiliation ("Italian") and where it is stated. */
record Role(String title, String affiliation, Evidence evidence) {
}
