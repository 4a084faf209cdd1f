package org.losi.engine.methodology;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How item results become a city's value. */
public enum Aggregation {
    /** Met item weight over scored item weight, across all criteria: LOSI's published method. */
    SHARE_OF_ITEMS("share-of-items"),
    /** Each criterion's share, averaged with the criterion weights. */
    MEAN_OF_CRITERIA("mean-of-criteria");

    private final String word;

    Aggregation(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    public static Optional<Aggregation> parse(String text) {
        return Arrays.stream(values()).filter(a -> a.word.equals(text)).findFirst();
    }
}
