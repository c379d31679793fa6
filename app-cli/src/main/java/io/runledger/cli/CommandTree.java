package io.runledger.cli;

import io.runledger.cli.recorder.AuditQueryCommand;
import io.runledger.cli.recorder.RunCommand;
import io.runledger.cli.recorder.RunFinishCommand;
import io.runledger.cli.recorder.RunListCommand;
import io.runledger.cli.recorder.RunShowCommand;
import io.runledger.cli.recorder.RunStartCommand;
import io.runledger.cli.recorder.StepCommand;
import io.runledger.cli.recorder.StepFinishCommand;
import io.runledger.cli.recorder.StepListCommand;
import io.runledger.cli.recorder.StepStartCommand;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands of {@code runledger} and their subcommands, built only as far as a command line needs
 * them: picocli reflects over every command class it is given (options, help texts, field types),
 * which for the whole tree was a large share of a short command's start (docs/PERFORMANCE.md). A
 * command line that names a command (e.g. {@code db status}) gets the path to it; one that names none
 * at some level ({@code --help}, a typo) gets everything below that level, so that help lists every
 * command and picocli suggests among all of them. The group commands' annotations name no
 * subcommands: this is the one list.
 */
final class CommandTree {
    private static final Map<Class<?>, List<Class<?>>> SUBCOMMANDS = Map.of(
            RootCommand.class, List.of(DbCommand.class, DoctorCommand.class, AuditCommand.class, StoreCommand.class,
                    ServeCommand.class, RunCommand.class, StepCommand.class),
            DbCommand.class, List.of(DbMigrateCommand.class, DbStatusCommand.class, DbCheckCommand.class,
                    DbBackupCommand.class, DbVacuumCommand.class, DbRestoreCommand.class, DbBackupsCommand.class),
            AuditCommand.class, List.of(AuditAppendCommand.class, AuditQueryCommand.class, AuditPruneCommand.class,
                    AuditVerifyCommand.class, AuditHeadCommand.class),
            StoreCommand.class, List.of(StoreExportCommand.class, StoreImportCommand.class, StoreHashCommand.class,
                    StoreCopyCommand.class),
            RunCommand.class, List.of(RunStartCommand.class, RunFinishCommand.class, RunShowCommand.class,
                    RunListCommand.class),
            StepCommand.class, List.of(StepStartCommand.class, StepFinishCommand.class, StepListCommand.class));

    private CommandTree() {
    }

    /** The root command with the subcommands {@code args} names, or all of them where it names none. */
    static CommandLine forArguments(IFactory factory, List<String> args) {
        return build(RootCommand.class, factory, Optional.of(args));
    }

    /** {@code args} empty: every subcommand, all the way down. */
    private static CommandLine build(Class<?> type, IFactory factory, Optional<List<String>> args) {
        CommandLine command = new CommandLine(type, factory);
        List<Class<?>> subcommands = SUBCOMMANDS.getOrDefault(type, List.of());
        if (subcommands.isEmpty()) {
            return command;
        }
        Optional<Integer> word = args.flatMap(a -> commandWord(command.getCommandSpec(), a));
        Optional<Class<?>> named = word.flatMap(i -> subcommands.stream()
                .filter(sub -> names(sub).contains(args.get().get(i))).findFirst());
        if (named.isPresent()) {
            List<String> rest = args.get().subList(word.get() + 1, args.get().size());
            command.addSubcommand(build(named.get(), factory, Optional.of(rest)));
        } else {
            subcommands.forEach(sub -> command.addSubcommand(build(sub, factory, Optional.empty())));
        }
        return command;
    }

    /**
     * The index of the first argument that is not an option of {@code spec} or an option's value: the
     * subcommand's name. Empty at {@code --}, at an option {@code spec} does not have (picocli then
     * reports it over the whole tree) and when there is none.
     */
    private static Optional<Integer> commandWord(CommandSpec spec, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                return Optional.of(i);
            }
            int equals = arg.indexOf('=');
            OptionSpec option = arg.equals("--") ? null : spec.findOption(equals < 0 ? arg : arg.substring(0, equals));
            if (option == null) {
                return Optional.empty();
            }
            if (equals < 0 && option.arity().max() > 0) {
                i++;
            }
        }
        return Optional.empty();
    }

    private static List<String> names(Class<?> type) {
        Command command = type.getAnnotation(Command.class);
        return Stream.concat(Stream.of(command.name()), Stream.of(command.aliases())).toList();
    }
}
