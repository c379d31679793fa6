package io.runledger.archfixture.bootstrap;

import io.runledger.archfixture.cli.Main;

/** Breaks rule 7 (modules): bootstrap depends on the CLI, which depends on bootstrap. */
public final class BrokenBootstrapCallsBackIntoCli {
    public Class<?> app() {
        return Main.class;
    }
}
