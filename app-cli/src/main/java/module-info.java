/**
 * The {@code runledger} command line (picocli): db migrate/status/vacuum, doctor, audit append, and
 * the recorder commands (run, step, audit query).
 * Exports nothing; {@link io.runledger.cli.Main} is the entry point.
 */
module io.runledger.cli {
    requires io.runledger.bootstrap;
    requires io.runledger.http;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires me.tongfei.progressbar;

    // logback's configuration is code (QuietLogging), not an XML file to find and parse at every start.
    provides ch.qos.logback.classic.spi.Configurator with io.runledger.cli.QuietLogging;

    // picocli reads and fills the annotated command classes reflectively.
    opens io.runledger.cli to info.picocli;
    opens io.runledger.cli.recorder to info.picocli;
    // Jackson renders the --json views from their record accessors.
    exports io.runledger.cli.json to com.fasterxml.jackson.databind;
    opens io.runledger.cli.json to com.fasterxml.jackson.databind;
}
