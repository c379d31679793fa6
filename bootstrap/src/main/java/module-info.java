/** The composition root: configuration, provider registry, Guice bindings of the ports. */
module io.runledger.bootstrap {
    requires transitive io.runledger.domain;
    requires com.google.guice;

    exports io.runledger.bootstrap;

    uses io.runledger.storage.api.StorageProvider;
}
