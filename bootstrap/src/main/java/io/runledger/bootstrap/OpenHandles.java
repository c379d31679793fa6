package io.runledger.bootstrap;

import java.util.ArrayDeque;
import java.util.Deque;

/** Every handle a runtime opened, closed in reverse order of opening when the runtime closes. */
final class OpenHandles implements AutoCloseable {
    private final Deque<AutoCloseable> open = new ArrayDeque<>();
    private boolean closed;

    synchronized <T extends AutoCloseable> T track(T handle) {
        if (closed) {
            closeQuietly(handle);
            throw new IllegalStateException("the runtime is closed");
        }
        open.push(handle);
        return handle;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Closes every handle, even when one of them fails; the first failure is rethrown afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        RuntimeException first = null;
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (Exception e) {
                RuntimeException failure = e instanceof RuntimeException r ? r
                        : new IllegalStateException("closing a store handle failed", e);
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void closeQuietly(AutoCloseable handle) {
        try {
            handle.close();
        } catch (Exception e) {
            // the caller gets the "closed" error; a second failure would only hide it
        }
    }
}
