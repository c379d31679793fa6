/**
 * How long transfers ({@code store export}, {@code store import}, {@code store migrate}) show how far
 * they got, on standard error so that standard output stays the result (an export may be written
 * there).
 *
 * <ul>
 *   <li>{@link Progress}: told the amount done so far, in records or bytes; {@code choose} picks the
 *       display: nothing with {@code --quiet} (scripts want the exit code and the result only), a
 *       bar on a terminal, plain lines otherwise.</li>
 *   <li>{@link TerminalProgress}: a bar (amount, rate, time left) drawn with the progressbar
 *       library.</li>
 *   <li>{@link ProgressLines}: a plain line every few seconds for logs and pipes: amount, rate and,
 *       when the total is known, percentage and time left.</li>
 * </ul>
 */
package io.runledger.cli.transfer;
