package org.losi.engine.assessment;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whole numbers as spreadsheets write them: {@code 1250000}, with thousands separators ({@code 1 250 000},
 * {@code 1.250.000}, {@code 1,250,000}, {@code 1'250'000}) and with a zero fraction ({@code 1250000,00}). A
 * separator followed by exactly three digits groups thousands; a real fraction is not a whole number.
 */
final class WholeNumbers {
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED =
            Pattern.compile("\\d{1,3}(?<separator>[ .,'\u00A0\u202F])\\d{3}(?:\\k<separator>\\d{3})*");
    private static final Pattern ZERO_FRACTION = Pattern.compile("(?<whole>.+?)(?<decimal>[.,])0+");

    private WholeNumbers() {}

    static OptionalLong parse(String text) {
        String number = text.trim();
        if (PLAIN.matcher(number).matches()) {
            return digitsOf(number);
        }
        Matcher grouped = GROUPED.matcher(number);
        if (grouped.matches()) {
            return digitsOf(number);
        }
        Matcher fraction = ZERO_FRACTION.matcher(number);
        if (fraction.matches()) {
            return withoutFraction(fraction.group("whole"), fraction.group("decimal"));
        }
        return OptionalLong.empty();
    }

    private static OptionalLong withoutFraction(String whole, String decimal) {
        if (PLAIN.matcher(whole).matches()) {
            return digitsOf(whole);
        }
        Matcher grouped = GROUPED.matcher(whole);
        if (grouped.matches() && !grouped.group("separator").equals(decimal)) {
            return digitsOf(whole);
        }
        return OptionalLong.empty();
    }

    private static OptionalLong digitsOf(String number) {
        try {
            return OptionalLong.of(Long.parseLong(number.replaceAll("\\D", "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
