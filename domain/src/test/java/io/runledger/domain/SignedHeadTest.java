package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Signed heads with a key made by {@code openssl genpkey -algorithm ed25519} (and its public key from
 * {@code openssl pkey -pubout}): the file reads back as it was written, the signature holds for that key
 * only, and any edit of any member after signing breaks it.
 */
class SignedHeadTest {
    private static final String OPENSSL_PRIVATE = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIBZ4+TwmJETK68k4W65g86ZYPclUJBAhCxYmOGsLZiIZ
            -----END PRIVATE KEY-----
            """;
    private static final String OPENSSL_PUBLIC = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEAWZ3mDz41Ubu3u3/QF+y5uYLz/KBlbWNGo3E4f77p4DI=
            -----END PUBLIC KEY-----
            """;
    /** {@code openssl pkey -pubin -in head-key.pub -outform DER | sha256sum}. */
    private static final String OPENSSL_KEY_ID = "sha256:9261fb2111f9b29e6bbdf00224c3ba140c6e810fb57f2317d311314b20e2f8b9";
    private static final AuditHead HEAD = new AuditHead(new ChainLink(5, "9e42ab982bd18c15a9962823a9f27c378dd78a27bf6a3fe695b6af63edb0a362"),
            Optional.of(Instant.parse("2026-11-21T10:00:00.000001Z")));

    private static SignedHead signed() {
        return SignedHead.sign(HEAD, HeadKeys.privateKey(OPENSSL_PRIVATE, "head-key.pem"), Instant.parse("2026-11-22T00:00:00Z"));
    }

    @Test
    void aSignedHeadNamesTheOpensslKeyAndVerifiesWithItsPublicKeyOnly() throws Exception {
        PublicKey trusted = HeadKeys.publicKey(OPENSSL_PUBLIC, "head-key.pub");
        SignedHead read = HeadClaim.read(signed().toLine() + "\n", "head.json").signed().orElseThrow();

        assertEquals(OPENSSL_KEY_ID, HeadKeys.keyId(trusted));
        assertEquals(OPENSSL_KEY_ID, read.keyId());
        assertEquals(HEAD, read.head());
        assertTrue(read.signedBy(trusted));
        assertEquals(signed().toLine(), read.toLine(), "written canonically, read back unchanged");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        assertFalse(read.signedBy(generator.generateKeyPair().getPublic()), "another key did not sign it");
    }

    @Test
    void anEditOfAnyMemberAfterSigningBreaksTheSignature() {
        PublicKey trusted = HeadKeys.publicKey(OPENSSL_PUBLIC, "head-key.pub");
        String line = signed().toLine();
        for (String[] edit : new String[][] {{"\"seq\":5", "\"seq\":4"}, {"\"chain\":\"9e", "\"chain\":\"8e"},
                {"000001Z", "000002Z"}, {"\"signed_at\":\"2026-11-22", "\"signed_at\":\"2026-11-23"}}) {
            String edited = line.replace(edit[0], edit[1]);
            assertFalse(edited.equals(line), edit[0]);
            SignedHead read = HeadClaim.read(edited, "head.json").signed().orElseThrow();
            assertFalse(read.signedBy(trusted), "edited " + edit[0]);
            assertFalse(read.signedBy(read.key()), "not even with the key the file carries: " + edit[0]);
        }
    }

    @Test
    void aPlainHeadReadsWithoutASignatureAndNonsenseIsAUsageError() {
        HeadClaim plain = HeadClaim.read("{\"seq\":0,\"chain\":\"" + AuditChain.GENESIS + "\",\"ts\":null}", "head.json");
        assertEquals(new AuditHead(AuditChain.START, Optional.empty()), plain.head());
        assertEquals(Optional.empty(), plain.signed());

        for (String nonsense : new String[] {"", "[]", "{\"seq\":-1,\"chain\":\"" + AuditChain.GENESIS + "\",\"ts\":null}",
                "{\"seq\":1,\"chain\":\"abc\",\"ts\":null}", "{\"seq\":1.5,\"chain\":\"" + AuditChain.GENESIS + "\",\"ts\":null}",
                signed().toLine().replace("runledger-audit-head", "something-else")}) {
            StoreException e = assertThrows(StoreException.class, () -> HeadClaim.read(nonsense, "head.json"), nonsense);
            assertEquals(ReasonCode.USAGE_ERROR, e.reason(), nonsense);
            assertTrue(e.getMessage().startsWith("head.json"), e.getMessage());
        }
        String otherKeyId = signed().toLine().replace(OPENSSL_KEY_ID, "sha256:" + "0".repeat(64));
        assertEquals(ReasonCode.AUDIT_HEAD_SIGNATURE_INVALID,
                assertThrows(StoreException.class, () -> HeadClaim.read(otherKeyId, "head.json")).reason());
    }

    @Test
    void aFileWithoutAnEd25519KeyIsAUsageErrorThatSaysHowToMakeOne() {
        StoreException e = assertThrows(StoreException.class, () -> HeadKeys.privateKey(OPENSSL_PUBLIC, "k.pem"));
        assertEquals(ReasonCode.USAGE_ERROR, e.reason());
        assertTrue(e.getMessage().contains("openssl genpkey -algorithm ed25519"), e.getMessage());
        PrivateKey key = HeadKeys.privateKey(OPENSSL_PRIVATE, "k.pem");
        assertEquals(OPENSSL_KEY_ID, HeadKeys.keyId(HeadKeys.publicOf(key)));
    }
}
