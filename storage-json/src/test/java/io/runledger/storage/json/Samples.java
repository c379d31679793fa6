package io.runledger.storage.json;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import java.util.Map;
import java.util.Optional;

/** Runs for the JSON store's own tests. */
final class Samples {
    private Samples() {
    }

    static Run run(String id) {
        return new Run(new RunId(id), Events.T0, new CanonicalJson("{\"k\":\"v\"}"), Optional.empty(), Optional.empty(),
                RunStatus.RUNNING, Optional.empty(), Map.of());
    }
}
