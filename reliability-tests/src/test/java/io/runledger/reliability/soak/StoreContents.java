package io.runledger.reliability.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs (id → status), steps ("run/step" → status) and audit event ids, as acknowledged or as found
 * in a store, and what differs between two of them.
 */
public record StoreContents(Map<String, String> runs, Map<String, String> steps, Set<String> events) {

    /** A summary such as "1234 runs, 3456 steps, 7890 events". */
    public String counts() {
        return runs.size() + " runs, " + steps.size() + " steps, " + events.size() + " events";
    }

    /** Every difference from {@code expected}: missing, extra, or in another status (at most 20 of each kind). */
    public List<String> differencesFrom(StoreContents expected) {
        List<String> differences = new ArrayList<>();
        compare("run", expected.runs, runs, differences);
        compare("step", expected.steps, steps, differences);
        compare("event", asMap(expected.events), asMap(events), differences);
        return differences;
    }

    private static void compare(String kind, Map<String, String> expected, Map<String, String> found, List<String> out) {
        List<String> missing = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            String status = found.get(entry.getKey());
            if (status == null) {
                missing.add(entry.getKey());
            } else if (!status.equals(entry.getValue())) {
                other.add(entry.getKey() + " is " + status + ", acknowledged " + entry.getValue());
            }
        }
        Set<String> extra = new TreeSet<>(found.keySet());
        extra.removeAll(expected.keySet());
        report(kind + " acknowledged but missing", missing, out);
        report(kind + " in another status", other, out);
        report(kind + " stored but never acknowledged", List.copyOf(extra), out);
    }

    private static void report(String what, List<String> items, List<String> out) {
        if (!items.isEmpty()) {
            out.add(items.size() + " " + what + ": " + items.subList(0, Math.min(20, items.size())));
        }
    }

    private static Map<String, String> asMap(Set<String> ids) {
        Map<String, String> map = new java.util.HashMap<>();
        ids.forEach(id -> map.put(id, "stored"));
        return map;
    }
}
