package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.tck.Reasons;
import io.runledger.storage.tck.Records;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/** Driver failures leave the ports as reason codes with one clear line; no PSQLException crosses a port. */
class ErrorTranslationTest {
    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void aForeignKeyViolationFromTheServerIsRunNotFoundAndStoresNothing() {
        StoreSpec spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);
        try (var store = Databases.PROVIDER.open(spec)) {
            // An import inserts without looking first, so the server's own foreign key (23503) decides.
            List<LedgerRecord> orphan = List.of(Records.run("r1"), Records.step("nope", "s1"));

            Reasons.assertFailsWith(ReasonCode.RUN_NOT_FOUND, () -> store.contents().importFrom(orphan.iterator()));

            assertTrue(store.contents().isEmpty(), "the failed import stored nothing");
        }
    }

    @Test
    void aUniqueViolationFromTheServerIsDuplicateId() {
        StoreSpec spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);
        try (var store = Databases.PROVIDER.open(spec)) {
            List<LedgerRecord> twice = List.of(Records.run("r1"), Records.event("e1"), Records.event("e1"));

            Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID, () -> store.contents().importFrom(twice.iterator()));

            assertTrue(store.contents().isEmpty());
        }
    }

    @Test
    void aValueTooBigForAnIndexEntryIsValidationFailedNotAnOutage() {
        StoreSpec spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);
        try (var store = Databases.PROVIDER.open(spec)) {
            // An import is not held to the domain's text limits; random letters do not compress below
            // the 2,704 bytes a B-tree entry may have, so the server refuses with 54000.
            Random random = new Random(1);
            StringBuilder scope = new StringBuilder();
            for (int i = 0; i < 3_000; i++) {
                scope.append((char) ('a' + random.nextInt(26)));
            }
            List<LedgerRecord> tooBig = List.of(Records.event("e1", Optional.empty(), AuditLevel.INFO,
                    scope.toString(), Records.T0));

            Reasons.assertFailsWith(ReasonCode.VALIDATION_FAILED, () -> store.contents().importFrom(tooBig.iterator()));

            assertTrue(store.contents().isEmpty());
        }
    }

    @Test
    void anUnreachableServerIsPostgresUnavailableInOneLineWithThePasswordHidden() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StoreSpec spec = new StoreSpec("jdbc:postgresql://127.0.0.1:" + port + "/ledger?user=app&password=s3cret",
                Map.of("connect_timeout_ms", "2000"));

        for (var failure : List.of(
                Reasons.assertFailsWith(ReasonCode.POSTGRES_UNAVAILABLE, () -> Databases.PROVIDER.admin(spec).status()),
                Reasons.assertFailsWith(ReasonCode.POSTGRES_UNAVAILABLE, () -> Databases.PROVIDER.admin(spec).migrate(false)),
                Reasons.assertFailsWith(ReasonCode.POSTGRES_UNAVAILABLE, () -> Databases.PROVIDER.open(spec)))) {
            assertFalse(failure.getMessage().contains("s3cret"), failure.getMessage());
            assertTrue(failure.getMessage().contains("password=***"), failure.getMessage());
        }
    }

    @Test
    void aDatabaseThatDoesNotExistIsPostgresUnavailableNamingIt() {
        databases.fresh();
        String url = databases.lastUrl();
        String missing = url.replaceFirst("/rl_[^?]*", "/no_such_database");

        var noDatabase = Reasons.assertFailsWith(ReasonCode.POSTGRES_UNAVAILABLE,
                () -> Databases.PROVIDER.admin(StoreSpec.at(missing)).status());
        assertTrue(noDatabase.getMessage().contains("no_such_database"), noDatabase.getMessage());
    }

    @Test
    void notAJdbcUrlAndBadOptionsAreConfigInvalid() {
        var notUrl = Reasons.assertFailsWith(ReasonCode.CONFIG_INVALID,
                () -> Databases.PROVIDER.admin(StoreSpec.at("/var/lib/state.sqlite")));
        assertTrue(notUrl.getMessage().contains("jdbc:postgresql://"), notUrl.getMessage());

        var badPool = Reasons.assertFailsWith(ReasonCode.CONFIG_INVALID, () -> Databases.PROVIDER.admin(
                new StoreSpec("jdbc:postgresql://localhost/db", Map.of("pool_size", "0"))));
        assertTrue(badPool.getMessage().contains("pool_size"), badPool.getMessage());
    }

    @Test
    void eachServerStateBecomesItsReason() {
        SqlErrorTranslator translator = new SqlErrorTranslator("postgres", new PostgresErrors());
        Map<String, ReasonCode> expected = Map.of(
                "23503", ReasonCode.RUN_NOT_FOUND,
                "23505", ReasonCode.DUPLICATE_ID,
                "23514", ReasonCode.VALIDATION_FAILED,
                "53100", ReasonCode.STORAGE_FULL,
                "55P03", ReasonCode.STORE_LOCKED,
                "40001", ReasonCode.STORE_LOCKED,
                "40P01", ReasonCode.STORE_LOCKED,
                "08001", ReasonCode.POSTGRES_UNAVAILABLE,
                "28P01", ReasonCode.POSTGRES_UNAVAILABLE,
                "XX001", ReasonCode.STORE_CORRUPT);
        expected.forEach((state, reason) -> {
            var failure = translator.translate("do it", new RuntimeException(fromServer(state)));
            assertEquals(reason, failure.reason(), state);
            assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
        });
        assertTrue(translator.retryable(new PSQLException("conflict", PSQLState.SERIALIZATION_FAILURE)));
        assertTrue(translator.retryable(new PSQLException("duplicate", PSQLState.UNIQUE_VIOLATION)));
        assertFalse(translator.retryable(new PSQLException("gone", PSQLState.CONNECTION_FAILURE)));
    }

    /** The exception pgjdbc raises for an error report from the server with this SQLSTATE. */
    private static PSQLException fromServer(String state) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C" + state + "\0Mserver says no\nsecond line\0"));
    }
}
