package io.runledger.archfixture.cli.commands;

import io.runledger.archfixture.cli.Main;

/** Breaks rule 7 (packages): cli.commands depends on cli, which depends on cli.commands. */
public final class BrokenCommandCallsRootPackage {
    public Class<?> root() {
        return Main.class;
    }
}
