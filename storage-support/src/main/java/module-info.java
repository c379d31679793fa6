/**
 * Plumbing the storage adapters share and nothing else needs: a holder-naming OS file lock, the
 * bounded wait every lock wait uses, and the translation of file-system failures into reason codes.
 * JDK only (besides storage-api's error tree); exported only to the adapters, so neither the domain
 * nor an app can reach a store's files through it.
 */
module io.runledger.storage.support {
    requires transitive io.runledger.storage.api;

    exports io.runledger.storage.support
            to io.runledger.storage.sqlite, io.runledger.storage.postgres, io.runledger.storage.json;
}
