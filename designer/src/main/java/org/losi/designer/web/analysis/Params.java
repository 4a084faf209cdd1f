package org.losi.designer.web.analysis;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.losi.designer.web.ApiError;

/**
 * Reads query parameters. A missing required one is a 400 {@code parameter-required}; a value that cannot be used is
 * a 400 {@code invalid-parameter} that names the parameter, quotes the value and says what was expected.
 */
final class Params {
    private Params() {}

    /** @param meaning what the parameter names, such as {@code the id of edition A} */
    static String required(Context ctx, String name, String meaning) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest("parameter-required", "?" + name + "= is required: " + meaning);
        }
        return value;
    }

    /** A value from a few words, parsed as the engine parses them; the default when the parameter is absent. */
    static <T> T choice(Context ctx, String name, T byDefault, Function<String, Optional<T>> parser, String expected) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return byDefault;
        }
        return parser.apply(value).orElseThrow(() -> invalid(name, value, expected));
    }

    /** The enum constant whose lower-case name is the value, as in {@code ?sort=movers}. */
    static <E extends Enum<E>> E constant(Context ctx, String name, E byDefault, Class<E> type) {
        E[] constants = type.getEnumConstants();
        return choice(
                ctx,
                name,
                byDefault,
                text -> Arrays.stream(constants)
                        .filter(c -> lower(c).equals(text))
                        .findFirst(),
                oneOf(Arrays.stream(constants).map(Params::lower).toList()));
    }

    static boolean flag(Context ctx, String name) {
        return choice(ctx, name, false, Params::bool, "true or false");
    }

    static int whole(Context ctx, String name, int byDefault, int min, int max) {
        return choice(
                ctx, name, byDefault, text -> parseWhole(text, min, max), "a whole number from " + min + " to " + max);
    }

    static long anyWhole(Context ctx, String name, long byDefault) {
        return choice(ctx, name, byDefault, Params::parseLong, "a whole number");
    }

    static double decimal(Context ctx, String name, double byDefault, double min, double max) {
        return choice(
                ctx,
                name,
                byDefault,
                text -> parseDecimal(text, min, max),
                "a number from " + plain(min) + " to " + plain(max));
    }

    /** Words listed for a person: {@code a, b or c}. */
    static String oneOf(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    static ApiError invalid(String name, String value, String expected) {
        return ApiError.badRequest("invalid-parameter", name + " is \"" + value + "\"; expected " + expected);
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<Integer> parseWhole(String text, int min, int max) {
        return parseLong(text).filter(n -> n >= min && n <= max).map(Long::intValue);
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> parseDecimal(String text, double min, double max) {
        try {
            double number = Double.parseDouble(text.trim());
            return number >= min && number <= max ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
