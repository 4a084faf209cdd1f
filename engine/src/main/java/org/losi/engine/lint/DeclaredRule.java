package org.losi.engine.lint;

import java.util.Map;

/**
 * A rule as lint sees it: where it is written, the metadata a parser read from it, and its condition as text.
 *
 * @param line the line of the rule's header, 1-based
 * @param condition the text between {@code when} and {@code then}
 */
record DeclaredRule(String name, String file, int line, Map<String, Object> metadata, String condition) {

    boolean has(String key) {
        return metadata.containsKey(key);
    }

    /** The value as text, or null when absent or blank. */
    String text(String key) {
        Object value = metadata.get(key);
        return value == null || String.valueOf(value).isBlank()
                ? null
                : String.valueOf(value).trim();
    }

    /** The value as a number; {@code otherwise} when absent, NaN when it is not a number. */
    double number(String key, double otherwise) {
        Object value = metadata.get(key);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    String where() {
        return file + ":" + line;
    }
}
