/** Runledger's use cases: validation, status machines, ids, transfer, doctor; the record format comes from io.runledger.format. */
module io.runledger.domain {
    requires transitive io.runledger.storage.api;
    requires transitive io.runledger.format;

    exports io.runledger.domain;
}
