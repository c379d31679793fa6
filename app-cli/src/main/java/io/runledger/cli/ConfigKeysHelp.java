package io.runledger.cli;

import io.runledger.bootstrap.ConfigKey;
import io.runledger.bootstrap.ConfigKeys;
import io.runledger.bootstrap.ProviderRegistry;
import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The section of {@code runledger --help} that lists every config file key with its allowed values,
 * default and environment variable — made from {@link ConfigKeys}, the list the config file is checked
 * against, when the help is shown.
 */
final class ConfigKeysHelp implements IHelpSectionRenderer {
    /** The section's key in picocli's help section map; it comes just before the environment footer. */
    static final String SECTION = "configKeys";
    private static final int NAME_WIDTH = 31;

    @Override
    public String render(Help help) {
        List<ConfigKey> keys = ConfigKeys.all(ProviderRegistry.installed());
        StringBuilder text = new StringBuilder(String.format("%nConfig file keys (--config FILE; key=value):%n"));
        for (ConfigKey key : keys) {
            text.append("  ").append(pad(key.name())).append(key.allowed()).append(" (default ").append(key.fallback())
                    .append(String.format(")%n"));
            String more = key.meaning() + key.environment().map(variable -> (key.meaning().isEmpty() ? "" : "; ")
                    + "env " + variable).orElse("");
            if (!more.isEmpty()) {
                text.append("  ").append(pad("")).append(more).append(String.format("%n"));
            }
        }
        return text.toString();
    }

    private static String pad(String name) {
        return name.length() >= NAME_WIDTH ? name + " " : String.format("%-" + NAME_WIDTH + "s", name);
    }
}
