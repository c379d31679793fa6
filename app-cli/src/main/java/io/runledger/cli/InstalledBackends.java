package io.runledger.cli;

import io.runledger.bootstrap.ProviderRegistry;
import java.util.Iterator;

/**
 * The backend ids of this binary, for {@code --backend}'s help ({@code ${COMPLETION-CANDIDATES}}): read
 * from the provider registry when the help is shown, so the list is never written by hand.
 */
final class InstalledBackends implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ProviderRegistry.installed().ids().iterator();
    }
}
