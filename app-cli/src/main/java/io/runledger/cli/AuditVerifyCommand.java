package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.json.ChainView;
import io.runledger.cli.json.JsonOutput;
import io.runledger.domain.ChainVerdict;
import io.runledger.domain.ChainVerifier;
import io.runledger.domain.HeadClaim;
import io.runledger.domain.transfer.PrunedArchive;
import io.runledger.storage.api.AuditPrune;
import io.runledger.domain.HeadKeys;
import io.runledger.domain.HeadProof;
import io.runledger.domain.HeadProofVerdict;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.api.Plural;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger audit verify}: walks the audit chain and reports its head, or the first broken position. */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Verify the audit log's hash chain (docs/AUDIT_CHAIN.md): read every event in seq order, recompute "
                    + "each chain from the previous position and the event's canonical line, and compare the last "
                    + "with the head the store records. Prints the head (seq, chain, ts of the event there) and how "
                    + "many events were checked.",
            "On the first position that does not verify, exits 7 (audit_chain_broken) naming the seq, the event id "
                    + "and what broke: content_changed, position_missing, position_repeated, link_broken or "
                    + "anchor_mismatch. After a prune the check starts from its anchor (the last pruned seq and its "
                    + "chain), which it prints. Read-only: never creates or changes the store (exit 3 when it does "
                    + "not exist).",
            "With --head FILE (a head kept with `audit head --sign KEY` or `audit head --json`), also prove that the "
                    + "store still holds exactly the history up to that head: the event at its seq has its chain. A cut "
                    + "tail or a rewritten history is audit_chain_broken (exit 7), even when its chain was recomputed. "
                    + "A signed head's signature is checked first: with --key, against that public key; without, only "
                    + "against the key the file carries, which proves the file intact but not who signed it. A "
                    + "signature that does not hold is audit_head_signature_invalid (exit 7)."})
final class AuditVerifyCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--json", description = "Print one JSON object, however the command ends (same exit codes): ok, seq, "
            + "chain, ts, verified, from, broken_seq, broken, broken_event_id, anchor_chain, anchor_archive_hash, kept_head "
            + "(with --head: seq, chain, ts, key_id, signer_proven, result), archives (those that matched), reason and "
            + "problem (null when ok); what was not read is null.")
    private boolean json;

    @Option(names = "--archive", paramLabel = "FILE", description = "Also check this prune archive (repeatable): some "
            + "prune record must name its content hash, count and time range (exit 7, anchor_mismatch, if not).")
    private List<Path> archives = List.of();

    @Option(names = "--head", paramLabel = "FILE", description = "A kept head (signed or plain) whose history the store must still hold.")
    private Path headFile;

    @Option(names = "--key", paramLabel = "PUBLIC_KEY", description = "With --head: the Ed25519 public key (PEM) the head must be "
            + "signed with, e.g. from `openssl pkey -in head-key.pem -pubout`.")
    private Path keyFile;

    AuditVerifyCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Findings found = new Findings();
        try {
            verify(found);
        } catch (StoreException failure) {
            printJson(found, Optional.of(new ChainView.Failure(failure.reason(), Failures.problem(failure.getMessage()))));
            throw failure;
        } catch (RuntimeException bug) {
            printJson(found, Optional.of(new ChainView.Failure(ReasonCode.INTERNAL_ERROR,
                    Failures.problem("internal error: " + bug + "; the error stream names its correlation id"))));
            throw bug;
        }
        printJson(found, Optional.empty());
        return 0;
    }

    private void verify(Findings found) {
        // The head and its signature are checked before the store is opened: a forged file reads nothing.
        found.kept = Optional.ofNullable(headFile).map(this::checkedHead);
        if (keyFile != null && found.kept.isEmpty()) {
            throw new StoreException(ReasonCode.USAGE_ERROR,
                    "--key needs --head FILE: it checks the signature of a kept head");
        }
        try (LedgerRuntime runtime = context.openRuntime()) {
            CommittedAudit audit = runtime.committedAudit();
            found.proof = found.kept.map(kept -> new HeadProof(audit.history(), audit.retention()).prove(kept.head().link()));
            ChainVerdict verdict = found.proof.map(HeadProofVerdict::chain)
                    .orElseGet(() -> new ChainVerifier(audit.history(), audit.retention()).verify());
            found.verdict = Optional.of(verdict);
            verdict.requireIntact();
            found.proof.ifPresent(HeadProofVerdict::requireHeld);
            if (!json) {
                found.kept.ifPresent(head -> context.console().line("kept head held: this store holds seq "
                        + head.head().link().seq() + " with chain " + head.head().link().chain() + signer(head)));
                context.console().line("audit chain intact: " + Plural.of(verdict.verified(), "event") + " verified"
                        + (verdict.from() > 0 ? " after position " + verdict.from() + " (the ones before were pruned)" : "")
                        + verdict.anchor().map(a -> ", from the prune anchor seq " + a.seq() + " chain " + a.chain()
                                + " (archive content hash " + a.archiveHash() + ")").orElse("")
                        + "; head seq " + verdict.head().seq() + " chain " + verdict.head().chain()
                        + verdict.headTs().map(ts -> " ts " + Timestamps.format(ts)).orElse(""));
            }
            for (Path archive : archives) {
                AuditPrune prune = PrunedArchive.match(audit.retention().prunes(), context.resolve(archive),
                        runtime.admin().status().schemaHead());
                found.archives.add(ChainView.Archive.of(archive, prune));
                if (!json) {
                    context.console().line("archive " + archive + " matches prune " + prune.pruneId() + " ("
                            + Plural.of(prune.count(), "event") + prune.last().map(l -> " up to seq " + l.seq()).orElse("") + ")");
                }
            }
        }
    }

    private void printJson(Findings found, Optional<ChainView.Failure> failure) {
        if (json) {
            context.console().line(JsonOutput.write(ChainView.of(found.kept, keyFile != null, found.verdict, found.proof,
                    found.archives, failure)));
        }
    }

    private HeadClaim checkedHead(Path file) {
        HeadClaim claim = HeadClaim.read(GivenFile.read(context.resolve(file), "--head"), file.toString());
        Optional<PublicKey> trusted = Optional.ofNullable(keyFile)
                .map(key -> HeadKeys.publicKey(GivenFile.read(context.resolve(key), "--key"), key.toString()));
        claim.requireSignature(trusted, file.toString());
        return claim;
    }

    private String signer(HeadClaim head) {
        return head.signed().map(signed -> "; signed at " + Timestamps.format(signed.signedAt()) + " by key " + signed.keyId()
                + (keyFile != null ? ", the key given with --key" : " (checked with the key the file carries: that proves"
                        + " the file intact, not who signed it; pass --key to prove that)"))
                .orElse(" (an unsigned head: it proves as much as the place it was kept)");
    }

    /** What the command has read so far: with {@code --json} it is reported however the command ends. */
    private static final class Findings {
        private Optional<HeadClaim> kept = Optional.empty();
        private Optional<ChainVerdict> verdict = Optional.empty();
        private Optional<HeadProofVerdict> proof = Optional.empty();
        private final List<ChainView.Archive> archives = new ArrayList<>();
    }
}
