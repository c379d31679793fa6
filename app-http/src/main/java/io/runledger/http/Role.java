package io.runledger.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a bearer token may do: {@code read} &lt; {@code write} &lt; {@code admin}; a higher role may do all a lower one may. */
public enum Role {
    READ, WRITE, ADMIN;

    /** Whether this role is at least {@code needed}. */
    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The lowercase name used in configuration, e.g. {@code write}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Role> fromWire(String name) {
        return Arrays.stream(values()).filter(role -> role.wireName().equals(name)).findFirst();
    }
}
