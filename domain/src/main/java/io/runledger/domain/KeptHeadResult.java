package io.runledger.domain;

/** How a store's audit chain stands against a head kept outside it ({@code audit verify --head}). */
public enum KeptHeadResult {
    /** The store holds the head's position with the head's chain: exactly the history the head names. */
    HELD("held"),
    /** The store's chain ends before the head's position: the tail was cut, or it is another store. */
    TAIL_CUT("tail_cut"),
    /** The head's position holds another chain: the history up to it was rewritten, or it is another store. */
    REWRITTEN("rewritten"),
    /** A prune removed the head's position: the store no longer holds the history to check it against. */
    PRUNED("pruned");

    private final String wireName;

    KeptHeadResult(String wireName) {
        this.wireName = wireName;
    }

    /** The name reports use, e.g. {@code tail_cut}. */
    public String wireName() {
        return wireName;
    }
}
