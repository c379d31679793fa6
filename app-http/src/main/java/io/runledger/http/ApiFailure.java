package io.runledger.http;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;

/** The failures the HTTP layer itself finds in a request, as store exceptions with their reason. */
final class ApiFailure {
    private ApiFailure() {
    }

    static StoreException invalid(String message) {
        return new StoreException(ReasonCode.VALIDATION_FAILED, message);
    }

    static StoreException malformed(String message) {
        return new StoreException(ReasonCode.MALFORMED_JSON, message);
    }
}
