/**
 * The record format, written once: the JSON kernel (a strict parser, the RFC 8785 writer, typed
 * field reading) and the export record codec (record lines, header, trailer, order, content hash,
 * export reader and writer). JDK only but for jackson-core, whose Schubfach finds a number's
 * shortest digits (ADR 0002); the domain, the JSON store and the apps' request bodies use it.
 */
module io.runledger.format {
    requires transitive io.runledger.storage.api;
    requires com.fasterxml.jackson.core;

    exports io.runledger.format.json;
    exports io.runledger.format.record;
}
