package org.losi.engine.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Something wrong in an edition, told in its author's terms.
 *
 * @param file the DRL file name inside the edition folder, or null when the problem is the edition's as a whole
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param rule the name of the rule the problem is in, if one could be found
 * @param item the item code concerned, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        Severity severity, String file, int line, int column, String rule, String item, String check, String message) {

    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    public static Problem error(String file, int line, int column, String rule, String message) {
        return new Problem(Severity.ERROR, file, line, column, rule, null, "compile", message);
    }

    /** One line a person reads: {@code error: items.drl:12:5 rule "item 281": message}. */
    @Override
    public String toString() {
        String where = Stream.of(
                        location(), rule == null ? null : "rule \"" + rule + "\"", item == null ? null : "item " + item)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return severity.name().toLowerCase(Locale.ROOT) + ": " + (where.isEmpty() ? "" : where + ": ") + message;
    }

    private String location() {
        if (file == null) {
            return null;
        }
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
