package io.runledger.storage.api;

/** A count with its noun, as a message says it: {@code 1 event}, {@code 0 events}, {@code 2 batches}. */
public final class Plural {
    private Plural() {
    }

    /** {@code count} and {@code noun}, with an {@code s} unless the count is one. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** {@code count} and {@code one} or {@code many}, for a noun whose plural is not its {@code s} form. */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
