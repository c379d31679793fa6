package io.runledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rule 10 of ARCHITECTURE.md, the part bytecode shows: the apps never delete or move files. What a
 * store consists of, and how to remove or back it up, is its adapter's knowledge; the apps call use
 * cases. (That the apps name no backend id or store file is {@link AppSourceScan}.)
 */
final class AppRules {
    private AppRules() {
    }

    /** Rule 10a: no {@code Files.delete*}, {@code Files.move}, {@code File.delete*} or {@code File.renameTo} in an app. */
    static ArchRule appsNeverDeleteOrMoveFiles(ProjectLayout layout) {
        return noClasses().that().resideInAnyPackage(layout.packagesOf(m -> m.kind() == ModuleKind.APP))
                .should().callMethod(Files.class, "delete", Path.class)
                .orShould().callMethod(Files.class, "deleteIfExists", Path.class)
                .orShould().callMethod(Files.class, "move", Path.class, Path.class, CopyOption[].class)
                .orShould().callMethod(File.class, "delete")
                .orShould().callMethod(File.class, "deleteOnExit")
                .orShould().callMethod(File.class, "renameTo", File.class)
                .because("rule 10: the apps never delete or move files; adapters remove what they created and "
                        + "the domain publishes backups and exports");
    }
}
