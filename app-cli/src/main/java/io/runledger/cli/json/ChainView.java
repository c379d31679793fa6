package io.runledger.cli.json;

import io.runledger.domain.ChainBreak;
import io.runledger.domain.ChainVerdict;
import io.runledger.domain.HeadClaim;
import io.runledger.domain.HeadProofVerdict;
import io.runledger.domain.KeptHeadResult;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Timestamps;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code audit verify --json}, one object however the command ends (docs/AUDIT_CHAIN.md, "audit verify
 * --json"): {@code ok}, and {@code reason} and {@code problem} (the reason code and the error line's text;
 * null when ok). What was read stays null when the command ended before reading it: the head the store
 * records ({@code seq}, {@code chain}, {@code ts} of the event there), {@code verified} (events checked),
 * {@code from} (the position the check started after), the first break ({@code broken_seq}, {@code broken},
 * {@code broken_event_id}), the prune anchor the check started from ({@code anchor_chain},
 * {@code anchor_archive_hash}); {@code kept_head} with {@code --head} once its file was accepted; and
 * {@code archives}, the {@code --archive} files that matched a prune record.
 */
public record ChainView(boolean ok, Long seq, String chain, String ts, Long verified, Long from, Long brokenSeq, String broken,
                        String brokenEventId, String anchorChain, String anchorArchiveHash, KeptHead keptHead,
                        List<Archive> archives, String reason, String problem) {
    public ChainView {
        archives = List.copyOf(archives);
    }

    /**
     * The object for what the command read — any of it may be missing when it failed early — and how it ended:
     * {@code failure} is the reason and its text, empty when the command succeeded.
     */
    public static ChainView of(Optional<HeadClaim> kept, boolean signerProven, Optional<ChainVerdict> verdict,
                               Optional<HeadProofVerdict> proof, List<Archive> archives, Optional<Failure> failure) {
        Optional<ChainBreak> broken = verdict.flatMap(ChainVerdict::broken);
        Optional<ChainAnchor> anchor = verdict.flatMap(ChainVerdict::anchor);
        return new ChainView(failure.isEmpty(), verdict.map(v -> v.head().seq()).orElse(null),
                verdict.map(v -> v.head().chain()).orElse(null),
                verdict.flatMap(ChainVerdict::headTs).map(Timestamps::format).orElse(null),
                verdict.map(ChainVerdict::verified).orElse(null), verdict.map(ChainVerdict::from).orElse(null),
                broken.map(ChainBreak::seq).orElse(null), broken.map(b -> b.fault().wireName()).orElse(null),
                broken.flatMap(ChainBreak::eventId).map(id -> id.value()).orElse(null),
                anchor.map(ChainAnchor::chain).orElse(null), anchor.map(ChainAnchor::archiveHash).orElse(null),
                kept.map(claim -> KeptHead.of(claim, signerProven, proof.flatMap(HeadProofVerdict::result))).orElse(null),
                archives, failure.map(f -> f.reason().code()).orElse(null), failure.map(Failure::problem).orElse(null));
    }

    /** Why the command failed: the reason, and the text of its error line. */
    public record Failure(ReasonCode reason, String problem) {
    }

    /**
     * The kept head given with {@code --head}: its {@code seq}, {@code chain} and {@code ts}, the signer's
     * {@code key_id} (null for a plain head), {@code signer_proven} (signed and checked against {@code --key}),
     * and {@code result}: {@code held}, {@code tail_cut}, {@code rewritten}, {@code pruned}, or null when the
     * store's chain was not compared with it (it broke first, or could not be read).
     */
    public record KeptHead(long seq, String chain, String ts, String keyId, boolean signerProven, String result) {
        static KeptHead of(HeadClaim claim, boolean signerProven, Optional<KeptHeadResult> result) {
            return new KeptHead(claim.head().link().seq(), claim.head().link().chain(),
                    claim.head().ts().map(Timestamps::format).orElse(null),
                    claim.signed().map(signed -> signed.keyId()).orElse(null), signerProven && claim.signed().isPresent(),
                    result.map(KeptHeadResult::wireName).orElse(null));
        }
    }

    /** An {@code --archive} file and the prune record that names it: its id and how many events it removed. */
    public record Archive(String file, String pruneId, long count) {
        public static Archive of(Path file, AuditPrune prune) {
            return new Archive(file.toString(), prune.pruneId(), prune.count());
        }
    }
}
