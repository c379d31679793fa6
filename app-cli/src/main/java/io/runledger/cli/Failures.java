package io.runledger.cli;

import io.runledger.domain.IdGenerator;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Redaction;
import io.runledger.storage.api.StoreException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns every failure into one line on the error stream, {@code runledger: <message> (reason: <code>)},
 * and the reason's exit code. Bugs become {@code internal_error} with a correlation id; their stack
 * trace is shown only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private final CommandContext context;

    Failures(CommandContext context) {
        this.context = context;
    }

    /** The one line that reports a reason, e.g. {@code runledger: … (reason: store_locked)}. */
    static String line(String message, ReasonCode reason) {
        return "runledger: " + problem(message) + " (reason: " + reason.code() + ")";
    }

    /** A failure's message as its line says it: on one line, secrets hidden. */
    static String problem(String message) {
        return Redaction.hideSecrets(oneLine(message));
    }

    static int exitCode(ReasonCode reason) {
        return reason.exitCode().orElse(ReasonCode.INTERNAL_ERROR.exitCode().orElseThrow());
    }

    /** Prints the line for a store failure and returns its exit code. */
    int report(StoreException failure) {
        if (failure.reason() == ReasonCode.INTERNAL_ERROR) {
            return internal(failure);
        }
        LOG.debug("command failed with {}", failure.reason(), failure);
        context.console().diagnostic(line(failure.getMessage(), failure.reason()));
        return exitCode(failure.reason());
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        if (failure instanceof StoreException storeFailure) {
            return report(storeFailure);
        }
        return internal(failure);
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        String help = failure.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        context.console().diagnostic(line(failure.getMessage() + "; see '" + help + "'", ReasonCode.USAGE_ERROR));
        return exitCode(ReasonCode.USAGE_ERROR);
    }

    private int internal(Exception failure) {
        // Made here, not up front: its SecureRandom loads the JDK's security providers, which every
        // command paid for at start although only a bug needs a correlation id.
        String correlationId = new IdGenerator(Clock.systemUTC()).next();
        context.console().diagnostic(line("internal error " + correlationId + ": " + failure
                + (context.globals().verbose() ? "" : "; run again with --verbose for details"), ReasonCode.INTERNAL_ERROR));
        if (context.globals().verbose()) {
            context.console().stackTrace(failure);
        }
        return exitCode(ReasonCode.INTERNAL_ERROR);
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
    }
}
