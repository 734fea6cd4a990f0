package org.activationlab.cli;

import java.util.List;
import java.util.Locale;
import org.activationlab.data.Datasets;
import org.activationlab.data.TaskChoice;
import org.activationlab.network.Activation;
import org.activationlab.network.Optimizer;
import org.activationlab.network.WeightInitChoice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** Option values parsed by the library's own parsers; an unknown word is a usage error listing the known ones. */
final class Converters {
    private Converters() {
    }

    /** A converter whose parser's {@link IllegalArgumentException} becomes picocli's usage error. */
    abstract static class Parsing<T> implements ITypeConverter<T> {
        abstract T parse(String value);

        /** The usage error's text. */
        String message(String value, IllegalArgumentException e) {
            return e.getMessage();
        }

        @Override
        public final T convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(message(value, e));
            }
        }
    }

    /** "adam" → {@link Optimizer.Kind#ADAM}. */
    static final class OptimizerKind extends Parsing<Optimizer.Kind> {
        @Override
        Optimizer.Kind parse(String value) {
            return Optimizer.parseKind(value);
        }
    }

    /** "he" → {@link WeightInitChoice#HE}. */
    static final class WeightInit extends Parsing<WeightInitChoice> {
        @Override
        WeightInitChoice parse(String value) {
            return WeightInitChoice.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }

        @Override
        String message(String value, IllegalArgumentException e) {
            return "unknown weight init '" + value + "': expected one of auto, xavier, he, normal, standard, "
                    + "naive_normal";
        }
    }

    /** "leaky-relu" → {@link Activation#LEAKY_RELU}. */
    static final class OneActivation extends Parsing<Activation> {
        @Override
        Activation parse(String value) {
            return Activation.parse(value);
        }
    }

    /** "regression" → {@link TaskChoice#REGRESSION}. */
    static final class Task extends Parsing<TaskChoice> {
        @Override
        TaskChoice parse(String value) {
            return TaskChoice.parse(value);
        }
    }

    /** The --activations names ("all" expanded); an unknown name is a usage error listing the known ones. */
    static List<Activation> activations(CommandSpec command, List<String> names) {
        try {
            return Activation.parseList(names);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--activations: " + e.getMessage());
        }
    }

    /** Dataset names for the help text. */
    static final class DatasetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Datasets.names().iterator();
        }
    }
}
