/** Runledger's use cases: validation, status machines, ids, canonical JSON, hashing, transfer, doctor. */
module io.runledger.domain {
    requires transitive io.runledger.storage.api;

    exports io.runledger.domain;
}
