package io.runledger.storage.tck;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child JVM of {@link DurabilityContract}'s kill test: opens the store at {@code args[1]} through
 * the provider class {@code args[0]} (options as {@code name=value} in the further arguments) and
 * writes until it is killed — a run, then an event of that run — printing {@code acked <id> ok} once
 * the store has acknowledged each write (its call returned).
 */
final class AppendingChild {
    /** Bounds the child should nobody kill it. */
    private static final int MAX_RUNS = 1_000_000;
    private static final Pattern ACKED = Pattern.compile("acked (\\S+) ok");

    private AppendingChild() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        StorageProvider provider = (StorageProvider) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        Map<String, String> options = new HashMap<>();
        for (String option : List.of(args).subList(2, args.length)) {
            int equals = option.indexOf('=');
            options.put(option.substring(0, equals), option.substring(equals + 1));
        }
        try (Store store = provider.open(new StoreSpec(args[1], options))) {
            for (int i = 0; i < MAX_RUNS; i++) {
                String run = String.format("run-%07d", i);
                store.runs().create(Records.run(run));
                acknowledged(run);
                String event = String.format("ev-%07d", i);
                store.auditLog().append(List.of(Records.event(event, run)));
                acknowledged(event);
            }
        }
    }

    /** Starts this class in a child JVM writing to the store at {@code spec} through {@code provider}'s class. */
    static ChildJvm start(Path dir, StorageProvider provider, StoreSpec spec) {
        List<String> args = new ArrayList<>(List.of(provider.getClass().getName(), spec.location()));
        spec.options().forEach((name, value) -> args.add(name + "=" + value));
        return ChildJvm.start(dir.resolve("appending-child.log"), List.of(), AppendingChild.class.getName(), args);
    }

    /** The ids in the child's {@code acked <id> ok} lines; a line the kill cut short does not count. */
    static List<String> acknowledged(List<String> lines) {
        return lines.stream().map(ACKED::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    }

    private static void acknowledged(String id) {
        System.out.println("acked " + id + " ok");
        System.out.flush();
    }
}
