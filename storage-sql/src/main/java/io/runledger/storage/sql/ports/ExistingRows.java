package io.runledger.storage.sql.ports;

import io.runledger.storage.sql.entity.RunEntity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.StatelessSession;

/** Existence look-ups done in bounded chunks, so that no statement exceeds a driver's parameter limit. */
final class ExistingRows {
    private static final int CHUNK = 500;

    private ExistingRows() {
    }

    /** The subset of {@code runIds} that exist. */
    static Set<String> runIds(StatelessSession session, List<String> runIds) {
        Set<String> found = new HashSet<>();
        chunks(runIds).forEach(chunk -> found.addAll(session
                .createSelectionQuery("select r.runId from RunEntity r where r.runId in :ids", String.class)
                .setParameterList("ids", chunk)
                .getResultList()));
        return found;
    }

    static Stream<List<String>> chunks(List<String> values) {
        return IntStream.range(0, (values.size() + CHUNK - 1) / CHUNK)
                .mapToObj(i -> values.subList(i * CHUNK, Math.min(values.size(), (i + 1) * CHUNK)));
    }
}
