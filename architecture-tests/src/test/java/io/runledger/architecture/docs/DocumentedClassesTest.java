package io.runledger.architecture.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs name only classes that exist: every code span in README.md and docs/*.md that names a
 * class ({@code GroupCommit}, {@code StoreAdmin.removeCreatedStore()}, {@code io.runledger.domain.Json})
 * must name a Java type of this repository, of the JDK, or one of the few library types listed here.
 * A class renamed or deleted without its docs fails the build.
 */
class DocumentedClassesTest {
    /** A code span that starts with a type name of at least two humps, e.g. {@code `SqlRuns.list`}. */
    private static final Pattern SIMPLE = Pattern.compile("`([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)(?:[.#][A-Za-z_]\\w*)*(?:\\(\\))?`");
    /** A fully qualified Runledger type, e.g. {@code io.runledger.storage.api.StoreAdmin}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b(io\\.runledger(?:\\.[a-z]\\w*)+\\.[A-Z]\\w*)");
    private static final List<String> JDK_PACKAGES = List.of("java.lang", "java.util", "java.io", "java.nio",
            "java.nio.channels", "java.nio.file", "java.security", "java.time", "java.time.format", "java.sql",
            "javax.sql", "java.lang.module", "java.util.concurrent", "java.net.http", "java.math");
    /** Library types the docs explain behaviour of; they are not on this module's class path. */
    private static final Set<String> LIBRARY_TYPES = Set.of("PostgreSQLDialect", "SQLiteDialect", "CopyManager",
            "StreamReadConstraints", "StatelessSession", "AttributeConverter", "ResourceProvider");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Qualified names of every top-level type in the repository's Java sources, main and test. */
    private static final Set<String> TYPES = scanTypes();
    private static final Set<String> SIMPLE_NAMES = TYPES.stream().map(DocumentedClassesTest::simpleName)
            .collect(Collectors.toSet());

    @Test
    void everyClassNamedInTheDocsExists() {
        SortedSet<String> missing = new TreeSet<>();
        for (Path doc : docs()) {
            String text = read(doc);
            for (String name : simpleNamesIn(text)) {
                if (!SIMPLE_NAMES.contains(name) && !LIBRARY_TYPES.contains(name) && !isJdkType(name)) {
                    missing.add(ROOT.relativize(doc) + ": `" + name + "`");
                }
            }
            for (String name : qualifiedNamesIn(text)) {
                if (!TYPES.contains(name)) {
                    missing.add(ROOT.relativize(doc) + ": " + name);
                }
            }
        }
        assertEquals(new TreeSet<>(), missing, "classes named in the docs that do not exist");
    }

    @Test
    void aRenamedClassIsNoticed() {
        assertTrue(simpleNamesIn("see `GroupCommit.append()` and `StoreAdmin`").stream().allMatch(SIMPLE_NAMES::contains));
        assertTrue(simpleNamesIn("see `GroupCommitter`").stream().noneMatch(SIMPLE_NAMES::contains));
        assertTrue(qualifiedNamesIn("io.runledger.domain.NoSuchClass").stream().noneMatch(TYPES::contains));
    }

    static Set<String> simpleNamesIn(String markdown) {
        return matches(SIMPLE.matcher(markdown));
    }

    static Set<String> qualifiedNamesIn(String markdown) {
        return matches(QUALIFIED.matcher(markdown));
    }

    private static Set<String> matches(Matcher matcher) {
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static boolean isJdkType(String simpleName) {
        for (String pkg : JDK_PACKAGES) {
            try {
                Class.forName(pkg + "." + simpleName, false, ClassLoader.getPlatformClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                // not in this package; try the next
            }
        }
        return false;
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static Set<String> scanTypes() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.git/"))
                    .map(DocumentedClassesTest::qualifiedName)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code …/src/main/java/io/runledger/x/Name.java} → {@code io.runledger.x.Name}. */
    private static String qualifiedName(Path file) {
        String path = file.toString().replace('\\', '/');
        int java = path.indexOf("/java/");
        String relative = java < 0 ? file.getFileName().toString() : path.substring(java + "/java/".length());
        return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    }

    private static List<Path> docs() {
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            Stream<Path> markdown = files.filter(f -> f.toString().endsWith(".md"));
            return Stream.concat(Stream.of(ROOT.resolve("README.md")), markdown).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
