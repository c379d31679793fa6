package io.runledger.domain.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The shared test vector (sample-export.jsonl, a copy of the one ledger-format tests) as its lines. */
final class SampleExport {
    private SampleExport() {
    }

    static List<String> lines() throws IOException {
        try (InputStream in = SampleExport.class.getResourceAsStream("/sample-export.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
