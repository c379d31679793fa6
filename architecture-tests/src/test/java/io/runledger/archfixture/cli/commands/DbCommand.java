package io.runledger.archfixture.cli.commands;

import io.runledger.archfixture.bootstrap.Wiring;

/** Fixture subcommand. */
public final class DbCommand {
    private final Wiring wiring;

    public DbCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    public String run() {
        return wiring.ledger().describe();
    }
}
