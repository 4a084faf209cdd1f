package org.losi.engine.compare.robustness;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Weight noise for a Monte Carlo run: each weight multiplied by a factor drawn uniformly in
 * {@code [1 - spread, 1 + spread]}, once per draw, from a generator seeded with {@code seed}.
 *
 * @param over which weights are shaken
 * @param spread between 0 and 1
 * @param draws how many weightings to rank the cities under, at least 1
 */
public record Perturbation(Over over, double spread, int draws, long seed) {
    /** More draws than this are refused: they would not change the figures and would only hold memory. */
    public static final int MAX_DRAWS = 100_000;

    /** The weights a run shakes. */
    public enum Over {
        /**
         * Criterion weights. Under {@code share-of-items}, which weighs items alone, a criterion weighs as much as
         * its items do, so its factor scales the weight of each of its items.
         */
        CRITERIA("criteria"),
        /** Item weights, each with a factor of its own. */
        ITEMS("items");

        private final String word;

        Over(String word) {
            this.word = word;
        }

        @JsonValue
        public String word() {
            return word;
        }

        public static Optional<Over> parse(String text) {
            return Arrays.stream(values()).filter(o -> o.word.equals(text)).findFirst();
        }
    }

    public Perturbation {
        if (over == null) {
            throw new IllegalArgumentException("say which weights to shake: criteria or items");
        }
        if (!(spread >= 0 && spread <= 1)) {
            throw new IllegalArgumentException("spread is " + spread + "; expected a number from 0 to 1, such as 0.2");
        }
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws is " + draws + "; expected 1 to " + MAX_DRAWS);
        }
    }
}
