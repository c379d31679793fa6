package io.runledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Runledger's production classes, as they ship: every class under {@code io.runledger} on the test
 * class path, without test classes (so neither these tests nor their fixtures) and without the
 * storage TCK, which is a test suite even though it lives in src/main.
 */
final class ProductionClasses {
    private static final ImportOption NOT_THE_TCK =
            (Location location) -> !location.contains("/io/runledger/storage/tck/");

    private static JavaClasses classes;

    private ProductionClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(NOT_THE_TCK)
                    .importPackages(ProjectLayout.PRODUCTION.root());
        }
        return classes;
    }
}
