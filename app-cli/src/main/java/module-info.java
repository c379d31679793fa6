/** The `runledger` command line. */
module io.runledger.cli {
    requires io.runledger.bootstrap;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    opens io.runledger.cli to info.picocli;
}
