package org.losi.designer.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads an option whose value is one of a few words; any other value is a usage error naming the words. */
final class Choices {
    private Choices() {}

    static <T> T parse(
            CommandSpec spec, String option, String value, Function<String, Optional<T>> parser, String expected) {
        return parser.apply(value)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "Invalid value for option '" + option + "': \"" + value + "\"; expected " + expected));
    }

    /** The enum constant whose lower-case name is the value, as in {@code --sort movers}. */
    static <E extends Enum<E>> E constant(CommandSpec spec, String option, String value, Class<E> type) {
        E[] constants = type.getEnumConstants();
        return parse(
                spec,
                option,
                value,
                text -> Arrays.stream(constants)
                        .filter(c -> lower(c).equals(text))
                        .findFirst(),
                Arrays.stream(constants).map(Choices::lower).collect(Collectors.joining(", ")));
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
