package org.losi.engine.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The condition that meets an item, in the forms the item form offers. Anything else is written by hand in DRL.
 *
 * @param channels for {@link Kind#CHANNELS}: the channels that count, for example {@code portal, mobile_app}
 * @param items for the composite kinds: the other items whose answers count
 * @param atLeast for {@link Kind#AT_LEAST}: how many of {@code items} must be yes
 * @param anyChannel for the composite kinds: whether a yes on any channel counts, not just the portal
 * @param limits attributes the city must have, all of them
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Condition(
        Kind kind, List<String> channels, List<String> items, int atLeast, boolean anyChannel, List<Limit> limits) {

    public Condition {
        channels = channels == null ? List.of() : List.copyOf(channels);
        items = items == null ? List.of() : List.copyOf(items);
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    public static Condition portal() {
        return new Condition(Kind.PORTAL, List.of(), List.of(), 0, false, List.of());
    }

    public enum Kind {
        /** The item's own answer is yes on the portal. */
        PORTAL("portal"),
        /** The item's own answer is yes on one of the chosen channels. */
        CHANNELS("channels"),
        /** The item's own answer is yes on any channel: the item is channel-independent. */
        ANY_CHANNEL("any-channel"),
        /** At least one of other items is yes. */
        ANY_OF("any-of"),
        /** All of other items are yes. */
        ALL_OF("all-of"),
        /** At least N of other items are yes. */
        AT_LEAST("at-least");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        @JsonValue
        public String word() {
            return word;
        }

        public static Optional<Kind> parse(String text) {
            return Arrays.stream(values()).filter(k -> k.word.equals(text)).findFirst();
        }
    }

    /**
     * A city attribute the item is limited to, for example {@code settlementType == "rural"} or
     * {@code population >= 50000}.
     *
     * @param attribute {@code settlementType}, {@code population}, {@code region}, {@code country}, or a free
     *     attribute's name
     * @param operator one of {@code == != < <= > >=}; only {@code ==} and {@code !=} for text
     */
    public record Limit(String attribute, String operator, String value) {}
}
