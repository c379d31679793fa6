package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to an audit append: the events as stored (ids and timestamps filled in), in input order. */
public record AppendedView(@JsonProperty("items") List<AuditEventView> items) {
    public AppendedView {
        items = List.copyOf(items);
    }
}
