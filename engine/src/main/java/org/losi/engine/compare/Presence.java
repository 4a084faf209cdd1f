package org.losi.engine.compare;

import com.fasterxml.jackson.annotation.JsonValue;

/** Under which of two ways of scoring a city was assessed, and so ranked. */
public enum Presence {
    BOTH("both"),
    ONLY_A("only_a"),
    ONLY_B("only_b"),
    NEITHER("neither");

    private final String word;

    Presence(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    static Presence of(boolean inA, boolean inB) {
        if (inA && inB) {
            return BOTH;
        }
        if (inA) {
            return ONLY_A;
        }
        return inB ? ONLY_B : NEITHER;
    }
}
