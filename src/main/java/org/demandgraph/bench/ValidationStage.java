package org.demandgraph.bench;

import java.lang.reflect.Method;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SHACL stage as the benchmark calls it: {@code Validation.withBundledShapes().validate(dataset)}.
 * Looked up at run time so the benchmark still builds and runs while that stage is being written;
 * absent, the report says "validate: not available".
 */
final class ValidationStage {

    private final Object validation;
    private final Method validate;

    private ValidationStage(Object validation, Method validate) {
        this.validation = validation;
        this.validate = validate;
    }

    static Optional<ValidationStage> find() {
        try {
            Class<?> type = Class.forName("org.demandgraph.validate.Validation");
            Object validation = type.getMethod("withBundledShapes").invoke(null);
            return Optional.of(new ValidationStage(validation, type.getMethod("validate", DatasetGraph.class)));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Runs the validation; returns the report object (kept so the work is not optimised away). */
    Object validate(DatasetGraph dataset) {
        try {
            return validate.invoke(validation, dataset);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("validation failed", e.getCause() == null ? e : e.getCause());
        }
    }
}
