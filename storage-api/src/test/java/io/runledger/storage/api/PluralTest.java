package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneTakesTheNounAsItIsAndEveryOtherCountItsPlural() {
        assertEquals("1 event", Plural.of(1, "event"));
        assertEquals("0 events", Plural.of(0, "event"));
        assertEquals("2 audit events", Plural.of(2, "audit event"));
        assertEquals("1 batch", Plural.of(1, "batch", "batches"));
        assertEquals("3 batches", Plural.of(3, "batch", "batches"));
    }
}
