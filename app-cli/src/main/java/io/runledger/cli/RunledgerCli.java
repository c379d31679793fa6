package io.runledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.RunLast;

/**
 * The {@code runledger} command line, independent of the process: the console, environment and
 * working directory are parameters, so tests run it in-process with their own streams.
 */
public final class RunledgerCli {
    private final Console console;
    private final Map<String, String> env;
    private final Path workingDir;

    public RunledgerCli(Console console, Map<String, String> env, Path workingDir) {
        this.console = Objects.requireNonNull(console, "console");
        this.env = Map.copyOf(env);
        this.workingDir = workingDir.toAbsolutePath();
    }

    /** Runs one command line and returns its exit code (0 on success, a reason's exit code otherwise). */
    public int execute(String... args) {
        CommandContext context = new CommandContext(console, env, workingDir);
        Failures failures = new Failures(context);
        CommandLine commandLine = CommandTree.forArguments(new CommandFactory(context), List.of(args))
                .setOut(context.console().out())
                .setErr(context.console().err())
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setExecutionStrategy(parsed -> {
                    Logging.verbose(context.globals().verbose());
                    return new RunLast().execute(parsed);
                });
        List<String> sections = new ArrayList<>(commandLine.getHelpSectionKeys());
        sections.add(sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), ConfigKeysHelp.SECTION);
        commandLine.getHelpSectionMap().put(ConfigKeysHelp.SECTION, new ConfigKeysHelp());
        commandLine.setHelpSectionKeys(sections);
        shareVersion(commandLine, commandLine.getCommandSpec().versionProvider());
        try {
            return commandLine.execute(args);
        } finally {
            console.flush();
        }
    }

    /** Commands that name no version provider (those of the sub-packages) print the root's {@code --version}. */
    private static void shareVersion(CommandLine command, IVersionProvider version) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null) {
                sub.getCommandSpec().versionProvider(version);
            }
            shareVersion(sub, version);
        }
    }
}
