package io.runledger.domain;

/** What broke at the first position where a store's audit chain does not verify (docs/AUDIT_CHAIN.md). */
public enum ChainFault {
    /** The event does not hash to its stored chain from the previous position: it, or the chain before it, changed. */
    CONTENT_CHANGED("content_changed"),
    /** The position holds no event: one was deleted, or the tail was cut off below the recorded head. */
    POSITION_MISSING("position_missing"),
    /** A second event holds a position already taken. */
    POSITION_REPEATED("position_repeated"),
    /** The event at the recorded head has another chain, or a stored event lies beyond the recorded head. */
    LINK_BROKEN("link_broken"),
    /**
     * The prune anchor the check starts from does not agree with the prune records (its position is not
     * the previous anchor's plus the events the prune removed), or with the archive given to check it.
     */
    ANCHOR_MISMATCH("anchor_mismatch");

    private final String wireName;

    ChainFault(String wireName) {
        this.wireName = wireName;
    }

    /** The name reports use, e.g. {@code content_changed}. */
    public String wireName() {
        return wireName;
    }
}
