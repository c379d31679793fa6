package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void passwordsInUserInfoAreHidden() {
        assertEquals("jdbc:postgresql://app:***@db.example:5432/ledger",
                Redaction.hideSecrets("jdbc:postgresql://app:s3cret@db.example:5432/ledger"));
    }

    @Test
    void passwordParametersAreHiddenWhateverTheirCase() {
        assertEquals("jdbc:postgresql://db/ledger?user=app&PASSWORD=***&ssl=true",
                Redaction.hideSecrets("jdbc:postgresql://db/ledger?user=app&PASSWORD=p@ss&ssl=true"));
        assertEquals("store jdbc:x://h/d;password=*** is down",
                Redaction.hideSecrets("store jdbc:x://h/d;password=pw is down"));
    }

    @Test
    void textWithoutSecretsIsUnchanged() {
        assertEquals("/home/me/runledger-data/state.sqlite",
                Redaction.hideSecrets("/home/me/runledger-data/state.sqlite"));
        assertEquals("jdbc:postgresql://app@db/ledger", Redaction.hideSecrets("jdbc:postgresql://app@db/ledger"));
    }
}
