package io.runledger.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web console: plain HTML, ES modules and CSS served from the classpath at {@code /}. The folder's
 * name is not a legal Java package name on purpose, so that on the module path its resources are not
 * encapsulated in {@code io.runledger.http} and Javalin's class-loader lookup finds them.
 */
final class WebConsole {
    static final String RESOURCE_FOLDER = "/web-console";

    private WebConsole() {
    }

    static void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = RESOURCE_FOLDER;
            files.location = Location.CLASSPATH;
            // The console is small and changes with the binary: always revalidate, never serve stale modules.
            files.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
        });
    }
}
