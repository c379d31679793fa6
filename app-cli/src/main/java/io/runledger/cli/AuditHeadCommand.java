package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.json.HeadView;
import io.runledger.cli.json.JsonOutput;
import io.runledger.domain.AuditHead;
import io.runledger.domain.HeadKeys;
import io.runledger.domain.SignedHead;
import io.runledger.storage.api.Timestamps;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger audit head}: the audit chain's head, plain or signed, to keep outside the store. */
@Command(name = "head",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print the head of the audit log's hash chain (docs/AUDIT_CHAIN.md): seq (the last position), chain "
                    + "(its hash) and ts (the time of the event there; none for an empty log, or when every event "
                    + "was pruned). Keep heads outside the store: `audit verify --head FILE` later proves that the "
                    + "store still holds exactly that history.",
            "With --sign KEY, print a signed head instead: one line of JSON with the head, the time of signing, the "
                    + "Ed25519 public key and its id, and the signature. Make a key with `openssl genpkey -algorithm "
                    + "ed25519 -out head-key.pem` and its public key with `openssl pkey -in head-key.pem -pubout -out "
                    + "head-key.pub`. Read-only: never creates or changes the store (exit 3 when it does not exist)."})
final class AuditHeadCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--json", description = "Print one JSON object: seq, chain, ts (null when no event is at the head).")
    private boolean json;

    @Option(names = "--sign", paramLabel = "KEY", description = "Sign the head with this Ed25519 private key (PEM, PKCS#8) "
            + "and print the signed head (one JSON line).")
    private Path key;

    AuditHeadCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // The key is read first: a bad key file opens no store.
        Optional<PrivateKey> signing = Optional.ofNullable(key)
                .map(file -> HeadKeys.privateKey(GivenFile.read(context.resolve(file), "--sign"), file.toString()));
        try (LedgerRuntime runtime = context.openRuntime()) {
            AuditHead head = AuditHead.of(runtime.committedAudit().history());
            if (signing.isPresent()) {
                context.console().line(SignedHead.sign(head, signing.get(), Timestamps.now(Clock.systemUTC())).toLine());
            } else if (json) {
                context.console().line(JsonOutput.write(HeadView.of(head)));
            } else {
                context.console().line("head seq " + head.link().seq() + " chain " + head.link().chain() + " ts "
                        + head.ts().map(Timestamps::format).orElse("none"));
            }
        }
        return 0;
    }
}
