package org.losi.engine.methodology;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What an item that was not applicable, or not assessed, does to a city's value. */
public enum ItemPolicy {
    /** The item stays in the denominator and earns nothing. */
    ZERO("zero"),
    /** The item leaves the denominator: it neither helps nor hurts. */
    EXCLUDE("exclude");

    private final String word;

    ItemPolicy(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    public static Optional<ItemPolicy> parse(String text) {
        return Arrays.stream(values()).filter(p -> p.word.equals(text)).findFirst();
    }
}
