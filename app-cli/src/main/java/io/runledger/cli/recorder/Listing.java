package io.runledger.cli.recorder;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Prints a listing page by page, as the HTTP API's cursor pages, so memory stays bounded whatever its
 * length: every record, or the first {@code --limit} of them. Stops early when standard output has no
 * reader any more.
 */
final class Listing {
    private Listing() {
    }

    /** The {@code --limit} option: absent for every record, else at least 1 (a usage error otherwise). */
    static Optional<Integer> limit(CommandSpec spec, Integer limit) {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1 (got " + limit + ")");
        }
        return Optional.ofNullable(limit);
    }

    static <T> void print(Function<PageRequest, Page<T>> read, Optional<Integer> limit, Consumer<T> print,
                          RecordOutput output) {
        long left = limit.map(Integer::longValue).orElse(Long.MAX_VALUE);
        Optional<String> after = Optional.empty();
        while (left > 0) {
            Page<T> page = read.apply(new PageRequest((int) Math.min(left, PageRequest.MAX_LIMIT), after));
            page.items().forEach(print);
            left -= page.items().size();
            if (!output.flush() || page.items().isEmpty() || page.nextAfter().isEmpty()) {
                return;
            }
            after = page.nextAfter();
        }
    }
}
