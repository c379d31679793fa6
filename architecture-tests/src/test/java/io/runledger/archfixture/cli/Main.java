package io.runledger.archfixture.cli;

import io.runledger.archfixture.bootstrap.Wiring;
import io.runledger.archfixture.cli.commands.DbCommand;

/** Fixture app entry point. */
public final class Main {
    public static void main(String[] args) {
        new Console().line(new DbCommand(new Wiring()).run());
    }
}
