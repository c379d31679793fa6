/**
 * The composition root: resolves configuration (flag &gt; environment &gt; config file &gt; default),
 * finds storage providers with {@link java.util.ServiceLoader}, and wires the ports and use cases
 * with Guice into a {@link io.runledger.bootstrap.LedgerRuntime}.
 */
module io.runledger.bootstrap {
    requires transitive io.runledger.domain;
    requires com.google.guice;

    exports io.runledger.bootstrap;

    // Guice calls the @Provides methods of the package-private module reflectively.
    opens io.runledger.bootstrap to com.google.guice;

    uses io.runledger.storage.api.StorageProvider;
}
