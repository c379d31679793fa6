package io.runledger.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The CLI's one door to the terminal: standard input, output for results, and the error stream for
 * diagnostics. Nothing else in Runledger touches {@code System.out}, {@code System.err} or
 * {@code System.in}, so tests can give a command their own streams.
 */
public final class Console {
    private final InputStream in;
    private final OutputStream rawOut;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;

    /** A console over the given streams, writing UTF-8; never a terminal. */
    public Console(InputStream in, OutputStream out, OutputStream err) {
        this(in, out, err, false);
    }

    private Console(InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        this.in = Objects.requireNonNull(in, "in");
        this.rawOut = Objects.requireNonNull(out, "out");
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
        this.terminal = terminal;
    }

    /** The process's own standard streams. */
    public static Console system() {
        return new Console(System.in, System.out, System.err, System.console() != null);
    }

    /** True when a person is watching the process's terminal: long work shows a progress bar, not plain lines. */
    public boolean terminal() {
        return terminal;
    }

    /** Standard output as bytes, e.g. for an export; the text written before is flushed first. */
    public OutputStream binaryOut() {
        out.flush();
        return rawOut;
    }

    /** Standard input, e.g. the JSON Lines of {@code audit append}. */
    public InputStream in() {
        return in;
    }

    /** Results: the output a script reads. */
    public PrintWriter out() {
        return out;
    }

    /** Diagnostics: errors, summaries, progress. */
    public PrintWriter err() {
        return err;
    }

    /** Writes one line of results. */
    public void line(String text) {
        out.println(text);
    }

    /** Writes one line of diagnostics and flushes it at once. */
    public void diagnostic(String text) {
        err.println(text);
        err.flush();
    }

    /** Writes a stack trace to the error stream; only for {@code --verbose}. */
    public void stackTrace(Throwable failure) {
        failure.printStackTrace(err);
        err.flush();
    }

    /**
     * Flushes the results and tells whether standard output can no longer be written (its reader went
     * away, e.g. {@code | head -1}): a command that would go on printing stops then.
     */
    public boolean outClosed() {
        boolean failed = out.checkError();
        return rawOut instanceof PrintStream stream ? failed || stream.checkError() : failed;
    }

    /** Makes everything written so far visible, e.g. ids a pipeline waits for. */
    public void flush() {
        out.flush();
        err.flush();
    }
}
