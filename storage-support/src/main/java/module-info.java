/**
 * Plumbing the storage adapters share and nothing else needs: a holder-naming OS file lock, the
 * bounded wait every lock wait uses, durable publishing of files, and the translation of file-system
 * failures into reason codes. JDK only (besides storage-api); exported only to the adapters, so
 * neither the domain nor an app can reach a store's files through it. The domain publishes exports
 * and backups through storage-api's {@code FilePublisher}, which this module provides.
 */
module io.runledger.storage.support {
    requires transitive io.runledger.storage.api;

    exports io.runledger.storage.support
            to io.runledger.storage.sqlite, io.runledger.storage.postgres, io.runledger.storage.json;

    provides io.runledger.storage.api.FilePublisher with io.runledger.storage.support.DurableFiles;
}
