package io.runledger.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds commands with constructor injection of the {@link CommandContext} (or an interface of it, such
 * as the recorder commands' {@code RecorderContext}); everything else picocli
 * needs (help mixins, converters) comes from its default factory. The shared {@link GlobalOptions}
 * instance is handed out so that the root command's options land where every command reads them.
 */
final class CommandFactory implements IFactory {
    private final CommandContext context;

    CommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == GlobalOptions.class) {
            return type.cast(context.globals());
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0].isAssignableFrom(CommandContext.class)) {
                return type.cast(constructor.newInstance(context));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
