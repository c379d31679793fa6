package io.runledger.archfixture.domain;

import io.runledger.archfixture.bootstrap.Wiring;

/** Breaks rule 1: the domain depends on the composition root. */
public final class BrokenDomainReachesIntoBootstrap {
    public Class<?> wiring() {
        return Wiring.class;
    }
}
