/**
 * The architecture's rules as tests, run by {@code ./mvnw verify} over the production classes exactly
 * as they ship ({@link ProductionClasses}: every class under {@code io.runledger} on the test class
 * path, without test classes and without the storage TCK).
 *
 * <p>The rules are factories over a module map, {@link ProjectLayout}: each {@link ProjectModule}
 * with its {@link ModuleKind} (storage API, format, storage support, domain, SQL core, SQL adapter,
 * file adapter, composition root, app). Rules are written against roles, not module names, so a new
 * module falls under every rule the day its first class appears.
 * <ul>
 *   <li>{@link DependencyRules}, who may depend on whom: (1) the domain only on itself, storage-api,
 *       the format and {@code java..}; (2) storage-api only on {@code java..}, the format only on
 *       storage-api and {@code java..}; (3) JDBC, JPA, Hibernate, Flyway, the drivers and HikariCP
 *       only in the SQL modules; (4) store files opened only by storage modules; (5) adapters
 *       depend on no other adapter (a SQL adapter may use the SQL core, the JSON store and the SQL core the format,
 *       every storage module storage-support, which is JDK only) and never on the domain, bootstrap
 *       or an app; (6) nothing outside storage names an adapter class.</li>
 *   <li>{@link HygieneRules}: (7) no cycles between modules or between packages; (8) no field
 *       injection, the standard streams only in the CLI's {@code Console}, no
 *       {@code java.util.logging}, Guice only in bootstrap and the apps.</li>
 *   <li>(10) The apps know no backend: {@link AppRules} finds {@code Files.delete*},
 *       {@code Files.move}, {@code File.delete*} and {@code File.renameTo} in an app;
 *       {@link AppSourceScan} (a string constant leaves nothing in bytecode to check) finds a backend
 *       id, a store file name or suffix, or the id alphabet as a string of its own in app sources.</li>
 *   <li>{@link ModuleDescriptorRules} reads every shipped {@code module-info}: unqualified exports
 *       of API packages only, the SQL core exported to SQL adapters only, storage-support to
 *       adapters only, an app only to another app; adapters provide the SPI, bootstrap uses it;
 *       database modules and storage modules are required only where rules 3 and 6 allow.</li>
 *   <li>(9) {@link TargetPackagesTest}: a rule with nothing to check must fail: ArchUnit's
 *       {@code failOnEmptyShould} stays on, every built module has classes, every production class
 *       belongs to a known module, and the console class exists.</li>
 * </ul>
 * Beside the rules, {@code docs} checks the docs against the code (REASON_CODES.md against
 * {@code ReasonCode}; every class the docs name exists) and {@code migration} audits the shipped
 * migrations for portable SQL.
 *
 * <p>Every rule is shown able to fail. {@link ArchitectureRulesCanFailTest} runs each factory on a
 * miniature Runledger in {@code io.runledger.archfixture}: the rule passes on the well-behaved
 * classes, fails naming the culprit when one {@code Broken…} class is added, and fails when it has
 * no class at all. {@link ModuleDescriptorsTest} builds broken descriptors, {@link AppSourceScanTest}
 * feeds the scan a standalone backend fact, the migration audit is fed non-portable SQL, the
 * reason-code check a wrong exit code, a missing and a duplicated row, and the docs check a renamed
 * class.
 *
 * <p>Rule 4 is an approximation. A class-dependency rule cannot see which file a path names. It
 * checks that outside the storage modules no class uses {@code FileChannel}, {@code FileLock},
 * {@code RandomAccessFile}, {@code MappedByteBuffer}, {@code AsynchronousFileChannel} or
 * {@code SeekableByteChannel}, the ways a store file is opened, locked or mapped; rule 3 already
 * keeps JDBC inside the SQL modules. Plain stream I/O stays allowed everywhere, because bootstrap
 * reads a config file and the domain writes and reads export files; so a class outside storage that
 * read a store file with {@code Files.readAllBytes} would not be caught (an app that deleted or moved
 * one would, by rule 10). Review covers that gap; only the adapters know a store's file layout.
 */
package io.runledger.architecture;
