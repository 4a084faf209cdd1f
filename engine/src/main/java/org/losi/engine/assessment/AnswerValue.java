package org.losi.engine.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** What an assessor found for one item: met, absent, not a duty of this city, or not looked at. */
public enum AnswerValue {
    YES("yes"),
    NO("no"),
    NOT_APPLICABLE("not_applicable"),
    NOT_ASSESSED("not_assessed");

    private final String word;

    AnswerValue(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    /**
     * Reads the forms people type in spreadsheets and tools: yes/no, y/n, 1/0, true/false, NA, n.a.,
     * n/a, "not applicable", and blank, a dash or "not assessed" for an item nobody looked at.
     */
    public static Optional<AnswerValue> parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        String t = trimmed.equals("-")
                ? ""
                : trimmed.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Optional.ofNullable(
                switch (t) {
                    case "yes", "y", "1", "true", "x" -> YES;
                    case "no", "n", "0", "false" -> NO;
                    case "na", "n.a.", "n.a", "n/a", "not_applicable" -> NOT_APPLICABLE;
                    case "", "not_assessed" -> NOT_ASSESSED;
                    default -> null;
                });
    }

    /** The spellings a message offers when a value cannot be read. */
    public static String expected() {
        return "yes, no, not_applicable or not_assessed (also y/n, 1/0, true/false, NA, n.a., n/a)";
    }

    @JsonCreator
    static AnswerValue fromJson(String text) {
        return parse(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "\"" + text + "\" is not an answer value; expected " + expected()));
    }
}
