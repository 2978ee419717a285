package dev.news.summary.engine.facts;

import dev.news.summary.engine.Evidence;

/**
 * A participant's role as the text states it ("Italian Prime Minister"), its affiliation ("Italian") and where it is
 * stated; {@code office} when its head names an office or trade ("minister", "singer") rather than a circumstance
 * ("guest", "veteran"); {@code shared} when it was read for a group the person belongs to ("Greek sprinters X and Y",
 * "drivers including X").
 */
record Role(String title, String affiliation, Evidence evidence, boolean office, boolean shared) {

    /**
     * The role to keep: the first one found, unless a later one says more: an office over a circumstance ("fellow
     * guest X", later "X, a minister"), then a role stated for the person over one {@code shared} with a group they
     * belong to ("drivers including X", later "X, a mechanic").
     */
    static Role better(Role kept, Role found) {
        return found != null && (kept == null || rank(found) > rank(kept)) ? found : kept;
    }

    /** The same role, read for a group the person belongs to. */
    Role asShared() {
        return new Role(title, affiliation, evidence, office, true);
    }

    private static int rank(Role r) {
        return (r.office() ? 2 : 0) + (r.shared() ? 0 : 1);
    }
}
