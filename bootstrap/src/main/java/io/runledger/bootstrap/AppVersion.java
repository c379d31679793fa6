package io.runledger.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This binary's version, as Maven built it (e.g. {@code 0.1.0-SNAPSHOT}). */
public final class AppVersion {
    private static final String UNKNOWN = "unknown";

    private AppVersion() {
    }

    /** The version, or {@code unknown} when the build did not record one. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged version.properties", e);
        }
    }
}
