package org.losi.engine.methodology;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.losi.engine.rules.Problem;

/** One rule's metadata, read with the type each key needs; a wrong value becomes a problem naming the rule. */
final class Metadata {
    final String rule;
    private final Map<String, Object> values;
    private final Declared declared;
    private final List<Problem> problems;

    Metadata(String rule, Map<String, Object> values, Declared declared, List<Problem> problems) {
        this.rule = rule;
        this.values = values;
        this.declared = declared;
        this.problems = problems;
    }

    static Metadata empty(List<Problem> problems) {
        return new Metadata(null, Map.of(), new Declared(null, null, 0), problems);
    }

    Declared declared() {
        return declared;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String text(String key) {
        String text = textOr(key, null);
        if (text == null || text.isBlank()) {
            problem("@" + key + " is empty");
            return "";
        }
        return text;
    }

    String textOr(String key, String otherwise) {
        Object value = values.get(key);
        return value == null ? otherwise : String.valueOf(value);
    }

    double number(String key, double otherwise) {
        Object value = values.get(key);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            problem("@" + key + " is \"" + value + "\"; expected a number such as 1 or 0.75");
            return otherwise;
        }
    }

    /** A yes/no flag; absent is false, and lint reports it where the side of a cut-off must be stated. */
    boolean flag(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        String text = String.valueOf(value).trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        problem("@" + key + " is \"" + value + "\"; expected true or false");
        return false;
    }

    <T> T policy(String key, Function<String, Optional<T>> parse, T otherwise) {
        Object value = values.get(key);
        if (value == null) {
            return otherwise;
        }
        Optional<T> parsed = parse.apply(String.valueOf(value));
        if (parsed.isEmpty()) {
            problem("@" + key + " is \"" + value + "\", which is not a known policy");
        }
        return parsed.orElse(otherwise);
    }

    void problem(String message) {
        String item = values.containsKey("code") ? String.valueOf(values.get("code")) : null;
        problems.add(new Problem(
                Problem.Severity.ERROR, declared.file(), declared.line(), 0, rule, item, "declarations", message));
    }
}
