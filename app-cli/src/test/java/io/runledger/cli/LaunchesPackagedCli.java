package io.runledger.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that starts the packaged CLI in child JVMs ({@link ChildCli}). Such a test needs the jar
 * and target/modules that {@code package} makes, so app-cli/pom.xml runs everything with this tag in the
 * integration-test phase and nothing with it before. The tag is the one place that choice is made:
 * {@link ChildCli} refuses to start a child outside that phase, so an untagged test fails on every
 * machine, not only on a fresh checkout where no earlier build left a target/modules behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(LaunchesPackagedCli.TAG)
@interface LaunchesPackagedCli {
    /** The JUnit tag app-cli/pom.xml selects by. */
    String TAG = "packaged-cli";
}
