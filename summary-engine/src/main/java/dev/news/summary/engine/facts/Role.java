package dev.news.summary.engine.facts;

import dev.news.summary.engine.Evidence;

/**
 * A participant's role as the text states it ("Italian Prime Minister"), its affiliation ("Italian") and where it is
 * stated; {@code office} when its head names an office or trade ("minister", "singer") rather than a circumstance
 * ("guest", "veteran").
 */
record Role(String title, String affiliation, Evidence evidence, boolean office) {

    /** The role to keep: the first one found, unless only a later one names an office ("fellow guest X", later "X, a minister"). */
    static Role better(Role kept, Role found) {
        return found != null && (kept == null || !kept.office() && found.office()) ? found : kept;
    }
}
