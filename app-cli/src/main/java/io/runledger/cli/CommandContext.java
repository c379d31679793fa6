package io.runledger.cli;

import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.LogFormat;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.bootstrap.RunledgerConfig;
import io.runledger.bootstrap.StoreAddress;
import io.runledger.cli.recorder.RecorderContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every command is given: the console, the environment, the working directory and the global
 * options; the recorder commands see it as their {@link RecorderContext}.
 */
final class CommandContext implements RecorderContext {
    private static final Logger LOG = LoggerFactory.getLogger(CommandContext.class);

    private final Console console;
    private final Map<String, String> env;
    private final Path workingDir;
    private final GlobalOptions globals = new GlobalOptions();

    CommandContext(Console console, Map<String, String> env, Path workingDir) {
        this.console = console;
        this.env = Map.copyOf(env);
        this.workingDir = workingDir;
    }

    Console console() {
        return console;
    }

    @Override
    public PrintWriter out() {
        return console.out();
    }

    @Override
    public boolean outClosed() {
        return console.outClosed();
    }

    GlobalOptions globals() {
        return globals;
    }

    /** The environment the command runs in (the process's, or a test's). */
    Map<String, String> env() {
        return env;
    }

    /** A path given on the command line, relative to the working directory. */
    Path resolve(Path path) {
        return workingDir.resolve(path).normalize();
    }

    /** The runtime the global options, environment and config file describe; the caller closes it. */
    @Override
    public LedgerRuntime openRuntime() {
        return openRuntime(Map.of());
    }

    /**
     * As {@link #openRuntime()}, with backend options given on the command line (e.g. {@code
     * lock_timeout_ms} from {@code db migrate --lock-timeout}) taking precedence over the config file's.
     */
    LedgerRuntime openRuntime(Map<String, String> commandOptions) {
        ProviderRegistry registry = ProviderRegistry.installed();
        RunledgerConfig resolved = new ConfigResolver(registry).resolve(globals.flags(), env, workingDir);
        Map<String, String> options = new HashMap<>(resolved.options());
        options.putAll(commandOptions);
        RunledgerConfig config = new RunledgerConfig(resolved.backend(), resolved.location(), resolved.dataDir(),
                options, resolved.configFile());
        LOG.debug("backend {} ({}), location {} ({}), data dir {} ({}), options {}",
                config.backend().value(), config.backend().provenance(),
                config.displayLocation(), config.location().provenance(),
                config.dataDir().value(), config.dataDir().provenance(), config.options().keySet());
        Logging.format(LogFormat.resolve(config, env));
        return LedgerRuntime.start(config, registry);
    }

    /**
     * The runtime of the store a {@code BACKEND:LOCATION} option names (an end of {@code store
     * migrate}), with the backend's options from the config file if one is given; the caller closes it.
     */
    LedgerRuntime openRuntimeAt(StoreAddress address) {
        ProviderRegistry registry = ProviderRegistry.installed();
        RunledgerConfig config = address.resolve(registry, globals.flags().configFile(), workingDir);
        LOG.debug("{}: backend {}, location {}, options {}", address.origin(), config.backend().value(),
                config.displayLocation(), config.options().keySet());
        return LedgerRuntime.start(config, registry);
    }
}
