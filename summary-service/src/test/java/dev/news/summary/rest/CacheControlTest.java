package dev.news.summary.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CacheControlTest {

    @Test
    void noCacheAndMaxAgeZeroAskForRevalidation() {
        assertTrue(CacheControl.revalidate("no-cache"));
        assertTrue(CacheControl.revalidate("No-Cache"));
        assertTrue(CacheControl.revalidate("no-transform, max-age=0"));
        assertTrue(CacheControl.revalidate(" max-age=\"0\" "));
    }

    @Test
    void anythingElseTrustsTheCopy() {
        assertFalse(CacheControl.revalidate(null));
        assertFalse(CacheControl.revalidate(""));
        assertFalse(CacheControl.revalidate("max-age=60"));
        assertFalse(CacheControl.revalidate("max-age=00x"));
        assertFalse(CacheControl.revalidate("no-store-ish, public"));
    }
}
