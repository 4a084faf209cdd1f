package org.losi.engine.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an item came to for one city. */
public enum Outcome {
    MET("met"),
    MISSED("missed"),
    NOT_APPLICABLE("not_applicable"),
    NOT_ASSESSED("not_assessed");

    private final String word;

    Outcome(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }
}
