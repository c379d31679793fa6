package io.runledger.storage.json;

/** How many records of each kind a snapshot holds, as its trailer states them. */
record Counts(long runs, long steps, long audit) {
    long total() {
        return runs + steps + audit;
    }
}
