package io.runledger.archfixture.domain;

/** Breaks rule 8: writes to System.out outside the console. */
public final class BrokenDomainPrintsToStdout {
    public void report(String line) {
        System.out.println(line);
    }
}
