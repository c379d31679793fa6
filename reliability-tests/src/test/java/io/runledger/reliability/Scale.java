package io.runledger.reliability;

import java.time.Duration;

/**
 * How hard the suites push: {@code short} in every build (CI), {@code long} with {@code -Preliability}
 * for the figures in docs/RELIABILITY.md. Set by the {@code runledger.reliability.scale} property.
 */
public enum Scale {
    SHORT, LONG;

    /** The scale of this test run (SHORT unless the reliability profile asked for LONG). */
    public static Scale current() {
        return "long".equalsIgnoreCase(System.getProperty("runledger.reliability.scale", "short")) ? LONG : SHORT;
    }

    /** {@code shortForm} in the CI run, {@code longForm} in the long run. */
    public int pick(int shortForm, int longForm) {
        return this == LONG ? longForm : shortForm;
    }

    /** {@code shortForm} in the CI run, {@code longForm} in the long run. */
    public Duration pick(Duration shortForm, Duration longForm) {
        return this == LONG ? longForm : shortForm;
    }
}
