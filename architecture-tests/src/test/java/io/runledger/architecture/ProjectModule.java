package io.runledger.architecture;

import java.util.Objects;

/**
 * One production module: its JPMS name, which is also its root package, its role, and whether it is
 * built yet. Modules that later issues add are listed already so that the rules cover them the day
 * they appear; only built modules are required to contain classes.
 */
record ProjectModule(String name, ModuleKind kind, boolean built) {
    ProjectModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The root package; a Runledger module's name is its root package. */
    String rootPackage() {
        return name;
    }

    /** The ArchUnit package pattern for the module: its root package and every subpackage. */
    String packages() {
        return name + "..";
    }

    /** True for a package of this module (the root or a subpackage). */
    boolean owns(String packageName) {
        return packageName.equals(name) || packageName.startsWith(name + ".");
    }
}
