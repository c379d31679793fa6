/**
 * The storage port: value records, one port per aggregate, the provider SPI and the error tree.
 * JDK only, so that every adapter and the domain can share it without dragging in a driver.
 */
module io.runledger.storage.api {
    exports io.runledger.storage.api;

    // The durable publishing of a file, implemented by storage-support.
    uses io.runledger.storage.api.FilePublisher;
}
