package io.runledger.format.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Parsing and writing any accepted input allocates a small multiple of its size: measured on the
 * deepest and the widest inputs the limits allow, about 1 MiB each (the size of an HTTP body).
 */
class JsonMemoryTest {
    private static final int SIZE = 1 << 20;
    /** Bytes allocated per byte of input, at most: parsing, the tree and the canonical text together. */
    private static final long FACTOR = 20;
    /** The same for input made of the smallest containers, each a node of the tree (see below). */
    private static final long CONTAINER_FACTOR = 120;

    private static long allocated(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        work.run(); // once to load classes and warm up
        long before = threads.getThreadAllocatedBytes(id);
        work.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }

    private static void bounded(String what, Supplier<String> input) {
        bounded(what, FACTOR, input);
    }

    private static void bounded(String what, long factor, Supplier<String> input) {
        String text = input.get();
        long bytes = allocated(() -> Json.canonical(Json.parse(text)));
        assertTrue(bytes <= factor * text.length(), what + ": " + bytes + " bytes allocated for " + text.length()
                + " bytes of input (" + bytes / text.length() + "x, at most " + factor + "x)");
    }

    private static String fill(String open, String unit, String close) {
        return open + unit.repeat((SIZE - open.length() - close.length()) / unit.length()) + close;
    }

    @Test
    void deepStringsAndWideArraysOfScalarsAllocateASmallMultipleOfTheirSize() {
        String deep = "{\"a\":".repeat(Json.MAX_DEPTH);
        String closing = "}".repeat(Json.MAX_DEPTH);
        bounded("deepest objects around a long string", () -> deep + fill("\"", "x", "\"" + closing));
        bounded("an array of one-digit numbers", () -> fill("[", "0,", "0]"));
        bounded("an array of empty objects", () -> fill("[", "{},", "{}]"));
        bounded("an array of empty strings", () -> fill("[", "\"\",", "\"\"]"));
        bounded("an array of nulls", () -> fill("[", "null,", "null]"));
        bounded("a string of escapes", () -> fill("\"", "\\u00e9\\n", "\""));
    }

    /**
     * The tree's per-node cost: every container, however small its text ({@code []} is two bytes),
     * is a list or map and a record of its own, which at {@link Json#MAX_DEPTH} levels repeated comes
     * to about 75 (arrays) to 105 (single-member objects) times the text.
     */
    @Test
    void theDeepestAndWidestContainerInputsAllocateAtMostContainerFactorTimesTheirSize() {
        bounded("deepest arrays, repeated", CONTAINER_FACTOR,
                () -> fill("[", "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH) + ",", "[]]"));
        String inArray = "{\"a\":".repeat(Json.MAX_DEPTH - 1);
        bounded("deepest objects, repeated", CONTAINER_FACTOR,
                () -> fill("[", inArray + "1" + "}".repeat(Json.MAX_DEPTH - 1) + ",", "1]"));
        bounded("an object of short keys", CONTAINER_FACTOR, () -> {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; out.length() < SIZE - 20; i++) {
                out.append(i == 0 ? "" : ",").append('"').append(Integer.toString(i, 36)).append("\":0");
            }
            return out.append('}').toString();
        });
    }

    /**
     * Numbers of 17 significant digits near 1e-300, the costliest to read and to write: reading is
     * correctly rounded without big-number arithmetic, and the shortest digits come from tables
     * (Schubfach) instead of a BigDecimal search (which cost about 45 KB per such number).
     */
    @Test
    void anArrayOfLongNumbersAllocatesASmallMultipleOfItsSize() {
        bounded("an array of long numbers", FACTOR, () -> fill("[", "1.2345678901234568e-300,", "0]"));
    }
}
