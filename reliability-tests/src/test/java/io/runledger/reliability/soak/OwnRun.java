package io.runledger.reliability.soak;

import java.util.ArrayList;
import java.util.List;

/** A run a soak client created and has not finished yet, with the steps it added to it. */
final class OwnRun {
    final String id;
    final List<OwnStep> steps = new ArrayList<>();

    OwnRun(String id) {
        this.id = id;
    }
}
