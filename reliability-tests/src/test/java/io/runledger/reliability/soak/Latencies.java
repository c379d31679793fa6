package io.runledger.reliability.soak;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Answer times per operation. Each client fills its own (no contention on the hot path); the load
 * merges them at the end.
 */
public final class Latencies {
    private final Map<Operation, long[]> samples = new EnumMap<>(Operation.class);
    private final Map<Operation, Integer> sizes = new EnumMap<>(Operation.class);

    void add(Operation operation, long nanos) {
        long[] values = samples.computeIfAbsent(operation, o -> new long[1024]);
        int size = sizes.getOrDefault(operation, 0);
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            samples.put(operation, values);
        }
        values[size] = nanos;
        sizes.put(operation, size + 1);
    }

    /** All of {@code parts} together. */
    public static Latencies merged(Collection<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            part.samples.forEach((operation, values) -> {
                for (int i = 0; i < part.sizes.get(operation); i++) {
                    all.add(operation, values[i]);
                }
            });
        }
        return all;
    }

    /** The percentiles of every operation that ran, in operation order. */
    public Map<Operation, Percentiles> percentiles() {
        Map<Operation, Percentiles> result = new EnumMap<>(Operation.class);
        samples.forEach((operation, values) -> {
            long[] sorted = Arrays.copyOf(values, sizes.get(operation));
            Arrays.sort(sorted);
            result.put(operation, Percentiles.of(sorted));
        });
        return result;
    }

    /** The percentiles over every operation. */
    public Percentiles overall() {
        long[] all = samples.entrySet().stream()
                .flatMapToLong(e -> Arrays.stream(e.getValue(), 0, sizes.get(e.getKey()))).sorted().toArray();
        return Percentiles.of(all);
    }
}
