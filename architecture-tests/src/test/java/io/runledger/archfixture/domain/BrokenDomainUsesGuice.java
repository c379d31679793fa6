package io.runledger.archfixture.domain;

import com.google.inject.Inject;

/** Breaks rule 8 (STYLE.md): Guice outside bootstrap and the apps. */
public final class BrokenDomainUsesGuice {
    @Inject
    public BrokenDomainUsesGuice() {
        // the annotation is the point
    }
}
