package io.runledger.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 9: a rule whose target packages are empty tests nothing, so it must fail. ArchUnit's
 * failOnEmptyShould does that per rule; these tests also pin the module map to the real code.
 */
class TargetPackagesTest {
    private final ProjectLayout layout = ProjectLayout.PRODUCTION;
    private final JavaClasses production = ProductionClasses.get();

    @Test
    void failOnEmptyShouldIsLeftOn() {
        String value = ArchConfiguration.get().getPropertyOrDefault("archRule.failOnEmptyShould", "true");
        assertEquals("true", value, "archunit.properties must not switch failOnEmptyShould off");
    }

    @Test
    void everyBuiltModuleHasClassesInItsPackages() {
        // the format keeps its classes in subpackages (json, record); every other module in its root
        List<String> empty = layout.where(ProjectModule::built).stream()
                .filter(m -> production.stream().noneMatch(c -> m.kind() == ModuleKind.FORMAT
                        ? m.owns(c.getPackageName()) : c.getPackageName().equals(m.rootPackage())))
                .map(ProjectModule::name)
                .toList();
        assertTrue(empty.isEmpty(), "built modules with no class in their packages: " + empty);
    }

    @Test
    void everyProductionClassBelongsToAKnownModule() {
        List<String> strays = production.stream()
                .filter(c -> layout.moduleOf(c.getPackageName()).isEmpty())
                .map(c -> c.getName())
                .toList();
        assertTrue(strays.isEmpty(), "classes outside every module the rules know: " + strays);
    }

    @Test
    void modulesAnnouncedForLaterIssuesAreMarkedBuiltOnceTheyHaveClasses() {
        List<String> unmarked = layout.where(m -> !m.built()).stream()
                .filter(m -> production.stream().anyMatch(c -> m.owns(c.getPackageName())))
                .map(ProjectModule::name)
                .toList();
        assertTrue(unmarked.isEmpty(), "mark these modules built in ProjectLayout: " + unmarked);
    }

    @Test
    void theConsoleClassExists() {
        assertFalse(production.stream().noneMatch(c -> c.getName().equals(layout.consoleClass())),
                layout.consoleClass() + " is named as the CLI output layer but does not exist");
    }
}
