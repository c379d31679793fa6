/**
 * Runledger's use cases ({@code io.runledger.domain}: runs, steps, the audit trail, ids, doctor) and the
 * moving of whole stores ({@code io.runledger.domain.transfer}: copy, load, backup). The record format comes
 * from {@code io.runledger.format}; storage only through the ports of {@code io.runledger.storage.api}.
 */
module io.runledger.domain {
    requires transitive io.runledger.storage.api;
    requires transitive io.runledger.format;

    exports io.runledger.domain;
    exports io.runledger.domain.transfer;
}
