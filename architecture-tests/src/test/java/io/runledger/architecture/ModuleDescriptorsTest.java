package io.runledger.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exports limited to API packages, SPI declared where it belongs: checked on the shipped module-info files. */
class ModuleDescriptorsTest {
    private static final ProjectLayout LAYOUT = ProjectLayout.PRODUCTION;

    @Test
    void productionModuleDescriptorsFollowTheRules() {
        List<ModuleDescriptor> descriptors = runledgerDescriptors();
        assertEquals(List.of(), ModuleDescriptorRules.violations(LAYOUT, descriptors));
    }

    @Test
    void storageApiExportsExactlyItsOwnPackage() {
        ModuleDescriptor api = runledgerDescriptors().stream()
                .filter(d -> d.name().equals("io.runledger.storage.api")).findFirst().orElseThrow();
        assertEquals(Set.of("io.runledger.storage.api"),
                api.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(api.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    }

    static Stream<Arguments> brokenDescriptors() {
        return Stream.of(
                Arguments.of(module("io.runledger.storage.api").exports("io.runledger.storage.api.internal"),
                        "exports io.runledger.storage.api.internal to everyone"),
                Arguments.of(adapter("io.runledger.storage.sqlite").exports("io.runledger.storage.sqlite"),
                        "exports io.runledger.storage.sqlite to everyone"),
                Arguments.of(module("io.runledger.storage.sql").exports("io.runledger.storage.sql",
                        Set.of("io.runledger.cli")), "exports io.runledger.storage.sql to io.runledger.cli"),
                Arguments.of(module("io.runledger.storage.support").exports("io.runledger.storage.support",
                        Set.of("io.runledger.domain")), "exports io.runledger.storage.support to io.runledger.domain"),
                Arguments.of(module("io.runledger.storage.support").requires("org.postgresql.jdbc"),
                        "storage-support is JDK only"),
                Arguments.of(module("io.runledger.http").exports("io.runledger.http", Set.of("io.runledger.bootstrap")),
                        "exports io.runledger.http to io.runledger.bootstrap"),
                Arguments.of(module("io.runledger.http").exports("io.runledger.http"),
                        "exports io.runledger.http to everyone"),
                Arguments.of(module("io.runledger.storage.sqlite"), "must declare `provides"),
                Arguments.of(module("io.runledger.bootstrap"), "must declare `uses"),
                Arguments.of(module("io.runledger.cli").requires("java.sql"), "requires java.sql"),
                Arguments.of(module("io.runledger.bootstrap").uses(ModuleDescriptorRules.SPI)
                        .requires("io.runledger.storage.sqlite"), "requires storage module io.runledger.storage.sqlite"),
                Arguments.of(module("io.runledger.storage.api").requires("com.fasterxml.jackson.databind"),
                        "storage-api is JDK only"),
                Arguments.of(module("io.runledger.domain").requires("com.google.guice"),
                        "the domain requires storage-api and the format only"),
                Arguments.of(module("io.runledger.format").requires("io.runledger.domain"),
                        "the format is JDK only, over storage-api"),
                Arguments.of(module("io.runledger.format").requires("com.fasterxml.jackson.databind"),
                        "the format is JDK only, over storage-api"),
                Arguments.of(module("io.runledger.http").requires("io.runledger.format"),
                        "only the domain, the file adapter and the SQL core require the format"),
                Arguments.of(module("io.runledger.storage.sqlite2"), "unknown to the architecture rules"));
    }

    @ParameterizedTest(name = "a module-info that {1} is refused")
    @MethodSource("brokenDescriptors")
    void eachDescriptorRuleCanFail(ModuleDescriptor.Builder broken, String expected) {
        List<String> violations = ModuleDescriptorRules.violations(LAYOUT, List.of(broken.build())).stream()
                .filter(v -> !v.contains("no module-info found")).toList();
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), () -> "expected '" + expected
                + "' among " + violations);
    }

    @Test
    void aMissingModuleInfoIsRefused() {
        assertTrue(ModuleDescriptorRules.violations(LAYOUT, List.of()).stream()
                .anyMatch(v -> v.equals("io.runledger.domain: no module-info found (every production module is a named module)")));
    }

    private static ModuleDescriptor.Builder module(String name) {
        return ModuleDescriptor.newModule(name);
    }

    private static ModuleDescriptor.Builder adapter(String name) {
        return ModuleDescriptor.newModule(name).provides(ModuleDescriptorRules.SPI, List.of(name + ".Provider"));
    }

    /** Every {@code module-info.class} at the root of a class-path entry whose module is Runledger's. */
    private static List<ModuleDescriptor> runledgerDescriptors() {
        List<ModuleDescriptor> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(ModuleDescriptorsTest.class.getClassLoader().getResources("module-info.class"))) {
                try (InputStream in = url.openStream()) {
                    ModuleDescriptor descriptor = ModuleDescriptor.read(in);
                    if (descriptor.name().startsWith(LAYOUT.root() + ".")) {
                        found.add(descriptor);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
