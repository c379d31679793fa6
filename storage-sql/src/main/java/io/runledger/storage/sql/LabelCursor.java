package io.runledger.storage.sql;

import io.runledger.storage.sql.entity.RunLabelEntity;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.ScrollableResults;

/**
 * Walks the labels (ordered by run id, then name) alongside the runs (ordered by run id), so that
 * an export attaches labels to each run without loading them all.
 */
final class LabelCursor {
    private final ScrollableResults<RunLabelEntity> labels;
    private RunLabelEntity peeked;

    LabelCursor(ScrollableResults<RunLabelEntity> labels) {
        this.labels = labels;
        advance();
    }

    /** The labels of {@code runId}; runs must be asked for in increasing id order. */
    Map<String, String> labelsOf(String runId) {
        Map<String, String> found = new TreeMap<>();
        while (peeked != null && peeked.runId().compareTo(runId) <= 0) {
            if (peeked.runId().equals(runId)) {
                found.put(peeked.name(), peeked.value());
            }
            advance();
        }
        return found;
    }

    private void advance() {
        peeked = labels.next() ? labels.get() : null;
    }
}
