package io.runledger.reliability.crash;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How often each answer came: {@code 201}, {@code 503 postgres_unavailable}, {@code no answer}, … */
final class Answers {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void count(String answer) {
        counts.computeIfAbsent(answer, key -> new LongAdder()).increment();
    }

    /** The counts by answer, in a stable order, for figures and messages. */
    @Override
    public String toString() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((answer, count) -> sorted.put(answer, count.sum()));
        return sorted.toString();
    }
}
