package io.runledger.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runledger.http.json.ProblemView;
import io.runledger.storage.api.ReasonCode;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests it refuses before any route sees them — a request target that is not
 * valid (a bad percent-encoding, an encoded NUL, a raw non-ASCII byte), a URI or headers too long —
 * as problems like every other error, instead of Jetty's HTML page. A 400 is {@code validation_failed};
 * statuses no reason code has (414, 431, …) are problems without a reason, like an unknown path. The
 * detail is fixed text: nothing of the request (a header could hold a token) is echoed.
 */
final class ProtocolProblems extends ErrorHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Jetty writes an error body only for GET, POST and HEAD by default; a refused PATCH needs its problem too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String requestId = RequestIds.chosen(request.getHeaders().get(RequestIds.HEADER));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.PROBLEM_JSON);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        response.write(true, ByteBuffer.wrap(body(code, requestId)), callback);
    }

    static byte[] body(int status, String requestId) {
        Optional<ReasonCode> reason = switch (status) {
            case 400 -> Optional.of(ReasonCode.VALIDATION_FAILED);
            case 413 -> Optional.of(ReasonCode.PAYLOAD_TOO_LARGE);
            case 415 -> Optional.of(ReasonCode.UNSUPPORTED_MEDIA_TYPE);
            default -> Optional.empty();
        };
        String detail = "the HTTP request was refused before routing: " + HttpStatus.getMessage(status)
                + (status == 400 ? " (e.g. a bad percent-encoding, an encoded NUL or a raw non-ASCII byte in the target)" : "");
        ProblemView problem = reason.map(code -> new ProblemView("urn:runledger:reason:" + code.code(),
                code.title(), status, detail, code.code(), null, null, null))
                .orElseGet(() -> new ProblemView("about:blank", HttpStatus.getMessage(status), status, detail, null,
                        null, null, null));
        try {
            return MAPPER.writeValueAsBytes(problem.withRequestId(requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem view could not be written as JSON", e);
        }
    }
}
