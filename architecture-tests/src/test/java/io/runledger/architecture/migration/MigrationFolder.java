package io.runledger.architecture.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The migration files exactly as they ship: the {@code db/migration} folder of the storage-sql
 * artifact on the class path (a jar, or target/classes inside a reactor build).
 */
final class MigrationFolder {
    static final String LOCATION = "db/migration";

    /** One shipped file: where it came from, its name and its text. */
    record File(String origin, String name, String sql) {
    }

    private MigrationFolder() {
    }

    static List<File> load() {
        List<File> files = new ArrayList<>();
        try {
            for (URL url : Collections.list(MigrationFolder.class.getClassLoader().getResources(LOCATION))) {
                files.addAll(readFolder(url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<File> readFolder(URL url) throws IOException {
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.toURI().getRawSchemeSpecificPart();
                int separator = spec.indexOf("!/");
                Path jar = Path.of(new URI(spec.substring(0, separator)));
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    return readFiles(jar.toString(), zip.getPath(spec.substring(separator + 1)));
                }
            }
            Path folder = Path.of(url.toURI());
            return readFiles(folder.toString(), folder);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable class-path location " + url, e);
        }
    }

    private static List<File> readFiles(String origin, Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<File> files = new ArrayList<>();
            for (Path path : entries.sorted().toList()) {
                String name = path.getFileName().toString().replace("/", "");
                files.add(new File(origin, name, Files.isDirectory(path) ? "" : Files.readString(path, StandardCharsets.UTF_8)));
            }
            return files;
        }
    }
}
