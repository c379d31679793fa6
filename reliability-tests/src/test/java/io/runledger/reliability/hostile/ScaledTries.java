package io.runledger.reliability.hostile;

import io.runledger.reliability.Scale;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many tries a jqwik property makes: {@code shortForm} in every build, {@code longForm} with
 * {@code -Preliability} ({@link Scale}). {@code @Property(tries = …)} needs a constant, so the
 * number is set on the property's attributes before it runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@AddLifecycleHook(ScaledTries.Hook.class)
public @interface ScaledTries {
    int shortForm();

    int longForm();

    /** Sets the tries from the annotation and the current scale. */
    final class Hook implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            ScaledTries tries = context.findAnnotation(ScaledTries.class).orElseThrow();
            context.attributes().setTries(Scale.current().pick(tries.shortForm(), tries.longForm()));
            return property.execute();
        }
    }
}
