package io.runledger.reliability.soak;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The {@code serve} instances a load talks to. A client that meets a connection error marks that
 * address failed and goes to the next instance; a restarted instance listens on a new port, and once
 * the test {@link #replace replaces} its address, clients whose home it is go back to it.
 */
public final class Instances {
    private final AtomicReferenceArray<URI> uris;
    private final AtomicReferenceArray<URI> failed;

    /** The instances at these addresses, in this order. */
    public Instances(List<URI> uris) {
        this.uris = new AtomicReferenceArray<>(uris.toArray(URI[]::new));
        this.failed = new AtomicReferenceArray<>(uris.size());
    }

    /** How many instances there are. */
    public int size() {
        return uris.length();
    }

    /** Where instance {@code index} listens now. */
    public URI uri(int index) {
        return uris.get(index % uris.length());
    }

    /** Instance {@code index} was restarted and listens at {@code uri}. */
    public void replace(int index, URI uri) {
        uris.set(index, uri);
    }

    /** {@code preferred} unless its address has failed, else the next instance whose address has not. */
    int pick(int preferred) {
        for (int k = 0; k < size(); k++) {
            int index = (preferred + k) % size();
            if (!uris.get(index).equals(failed.get(index))) {
                return index;
            }
        }
        return preferred % size();
    }

    /** A connection to instance {@code index} at {@code uri} failed. */
    void failed(int index, URI uri) {
        failed.set(index, uri);
    }
}
