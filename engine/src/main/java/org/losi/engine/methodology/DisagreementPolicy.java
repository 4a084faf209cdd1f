package org.losi.engine.methodology;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What settles an item that assessors answered differently on the same channel. */
public enum DisagreementPolicy {
    /** The reviewer's answer wins; without one the item stays not assessed, as LOSI's mediation requires. */
    REVIEWER("reviewer"),
    /** Any assessor's "yes" wins, unless a reviewer answered. */
    ANY_YES("any-yes"),
    /** Every assessor must say "yes", unless a reviewer answered. */
    ALL_YES("all-yes");

    private final String word;

    DisagreementPolicy(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    public static Optional<DisagreementPolicy> parse(String text) {
        return Arrays.stream(values()).filter(p -> p.word.equals(text)).findFirst();
    }
}
