package io.runledger.cli;

import io.runledger.bootstrap.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"runledger " + AppVersion.current(), "Java " + Runtime.version()};
    }
}
