package io.runledger.cli;

import java.nio.file.Path;

/** The {@code runledger} executable. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate logs through jboss-logging, which would fall back to java.util.logging (INFO on the
        // terminal) on the module path; route it through SLF4J so QuietLogging decides what is shown.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int exitCode = new RunledgerCli(Console.system(), System.getenv(), Path.of("").toAbsolutePath()).execute(args);
        System.exit(exitCode);
    }
}
