package io.runledger.reliability.hostile;

import io.runledger.testing.http.RawRequest;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One change to a valid request, named for the report jqwik prints when a property fails, with the
 * status docs/HTTP.md prescribes for it when the doc prescribes one (e.g. 415 for a body that is not
 * {@code application/json}).
 */
public record Mutation(String label, UnaryOperator<RawRequest> change, Optional<Integer> expectedStatus) {

    static Mutation of(String label, UnaryOperator<RawRequest> change) {
        return new Mutation(label, change, Optional.empty());
    }

    static Mutation expecting(int status, String label, UnaryOperator<RawRequest> change) {
        return new Mutation(label, change, Optional.of(status));
    }

    /** Whether this is the unchanged, valid request. */
    public boolean none() {
        return label.equals("none");
    }

    public RawRequest apply(RawRequest valid) {
        return change.apply(valid);
    }

    @Override
    public String toString() {
        return label;
    }
}
