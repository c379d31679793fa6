package io.runledger.domain;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Diagnoses a store without changing it: is it there, is its schema what this binary expects, and
 * do the backend's own checks (integrity, settings) pass. Never creates or migrates anything.
 */
public final class Doctor {
    private static final String UNKNOWN = "unknown";
    /** The checks whose failure means a damaged store (SQLite's pragmas, or a backend's "integrity"). */
    private static final Set<String> INTEGRITY_CHECKS = Set.of("integrity", "integrity_check", "foreign_key_check");

    /** A doctor holds no state; one instance can examine any number of stores. */
    public Doctor() {
        // stateless
    }

    /**
     * Examines the store behind {@code admin}. A failure of the store itself is reported as a failed
     * check with its reason, never thrown.
     */
    public DoctorReport examine(StoreAdmin admin) {
        return examine(admin, Optional.empty());
    }

    /**
     * Examines the store behind {@code admin} as {@link #examine(StoreAdmin)} does and, when its schema
     * lets this binary read it, also its audit chain with {@code chain} (the check {@code audit_chain},
     * bounded in time, failing with {@code audit_chain_broken}).
     */
    public DoctorReport examine(StoreAdmin admin, ChainCheck chain) {
        return examine(admin, Optional.of(chain));
    }

    private DoctorReport examine(StoreAdmin admin, Optional<ChainCheck> chain) {
        StoreStatus status;
        try {
            status = admin.status();
        } catch (StoreException e) {
            return new DoctorReport(false, UNKNOWN, UNKNOWN, false, 0, 0,
                    List.of(new Check("store", false, detail(e))), Optional.of(e.reason()));
        }
        Findings findings = new Findings();
        if (!status.initialized()) {
            findings.fail(new Check("store", false, "not initialized yet: " + status.location()
                    + "; run `runledger db migrate`"), ReasonCode.STORE_NOT_INITIALIZED);
        } else if (status.usableByThisOlderBinary()) {
            findings.add(new Check("schema", true, "version " + status.schemaVersion() + " is newer than this runledger's head "
                    + status.schemaHead() + ", but the store admits binaries from head " + status.compatibleFloor().getAsInt()
                    + " (its later migrations are additive), so this binary may use it; upgrade runledger when you can"));
            backendChecks(admin, findings);
        } else if (status.tooOld()) {
            findings.fail(new Check("schema", false, "store schema version " + status.schemaVersion()
                    + " is older than the oldest this runledger can upgrade (" + status.oldestUpgradable()
                    + "); upgrade it with an intermediate runledger release first"), ReasonCode.SCHEMA_TOO_OLD);
        } else if (status.newerThanBinary()) {
            findings.fail(new Check("schema", false, "store schema version " + status.schemaVersion()
                    + " is newer than this runledger's head " + status.schemaHead()
                    + "; upgrade runledger or restore a backup"), ReasonCode.SCHEMA_NEWER_THAN_BINARY);
        } else {
            findings.add(schemaCheck(status));
            backendChecks(admin, findings);
            if (status.schemaVersion() == status.schemaHead()) {
                chain.ifPresent(check -> findings.add(check.check()));
            }
        }
        return new DoctorReport(findings.reason.isEmpty(), status.backend(), status.persistenceMode(),
                status.initialized(), status.schemaVersion(), status.schemaHead(), findings.checks, findings.reason);
    }

    private static Check schemaCheck(StoreStatus status) {
        if (status.schemaVersion() == status.schemaHead()) {
            return new Check("schema", true, "version " + status.schemaVersion() + " (head)");
        }
        String pending = status.pending().stream().map(Doctor::describe).collect(Collectors.joining(", "));
        return new Check("schema", false, "version " + status.schemaVersion() + ", head " + status.schemaHead()
                + ", pending migrations: " + (pending.isEmpty() ? "none listed" : pending)
                + "; run `runledger db migrate`");
    }

    private static void backendChecks(StoreAdmin admin, Findings findings) {
        List<Check> checks;
        try {
            checks = admin.check();
        } catch (StoreException e) {
            findings.fail(new Check("check", false, detail(e)), e.reason());
            return;
        }
        checks.forEach(findings::add);
    }

    private static String detail(StoreException e) {
        return e.getMessage() == null ? e.reason().code() : e.getMessage();
    }

    private static String describe(Migration migration) {
        return migration.version() + " " + migration.description();
    }

    /** The checks so far and the reason of the first that failed. */
    private static final class Findings {
        private final List<Check> checks = new ArrayList<>();
        private Optional<ReasonCode> reason = Optional.empty();

        void add(Check check) {
            if (check.ok()) {
                checks.add(check);
            } else {
                fail(check, check.failure().orElseGet(() -> reasonFor(check)));
            }
        }

        void fail(Check check, ReasonCode why) {
            checks.add(check);
            if (reason.isEmpty()) {
                reason = Optional.of(why);
            }
        }

        private static ReasonCode reasonFor(Check check) {
            if (check.name().equals("schema")) {
                return ReasonCode.SCHEMA_PENDING;
            }
            return INTEGRITY_CHECKS.contains(check.name()) ? ReasonCode.INTEGRITY_CHECK_FAILED : ReasonCode.STORE_UNAVAILABLE;
        }
    }
}
