package io.runledger.storage.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Typed access to the members of one parsed object; every problem is an {@link IllegalArgumentException} naming the key. */
record Fields(JsonObject object) {
    /** Requires exactly these keys, no more and no fewer. */
    Fields exactly(Set<String> keys) {
        if (!object.members().keySet().equals(keys)) {
            throw new IllegalArgumentException("expected exactly the keys " + new java.util.TreeSet<>(keys)
                    + " (got " + object.members().keySet() + ")");
        }
        return this;
    }

    Object get(String key) {
        Object value = object.members().get(key);
        if (value == null) {
            throw new IllegalArgumentException("\"" + key + "\" is missing");
        }
        return value;
    }

    String string(String key) {
        return as(key, String.class);
    }

    Optional<String> optionalString(String key) {
        return get(key) == JsonNull.NULL ? Optional.empty() : Optional.of(string(key));
    }

    Instant time(String key) {
        return Instants.parse(key, string(key));
    }

    Optional<Instant> optionalTime(String key) {
        return optionalString(key).map(t -> Instants.parse(key, t));
    }

    long number(String key) {
        return as(key, JsonNumber.class).wholeNumber();
    }

    JsonObject object(String key) {
        return as(key, JsonObject.class);
    }

    @SuppressWarnings("unchecked")
    List<Object> array(String key) {
        return as(key, List.class);
    }

    Map<String, String> stringMap(String key) {
        Map<String, String> out = new TreeMap<>();
        object(key).members().forEach((name, value) -> {
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException("\"" + key + "\" must map strings to strings");
            }
            out.put(name, text);
        });
        return out;
    }

    <E> E wire(String key, Function<String, Optional<E>> fromWire) {
        String name = string(key);
        return fromWire.apply(name).orElseThrow(() -> new IllegalArgumentException("unknown " + key + " \"" + name + "\""));
    }

    private <T> T as(String key, Class<T> type) {
        Object value = get(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("\"" + key + "\" has the wrong type");
        }
        return type.cast(value);
    }
}
