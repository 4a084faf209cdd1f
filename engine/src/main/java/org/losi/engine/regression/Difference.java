package org.losi.engine.regression;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One way a case scored otherwise than expected.
 *
 * @param field what differs: {@code value}, {@code level}, {@code rank}, {@code criterion IF}, {@code item 281},
 *     {@code weight 281}, {@code notAssessed} or {@code case}
 * @param note why, where the engine can say: the rule that decided an item and its place, or the policy
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Difference(String field, String expected, String actual, String note) {

    /** One line a reviewer reads: {@code item 281  expected met  actual missed  rule "item 281" did not fire}. */
    @Override
    public String toString() {
        String line = String.format("%-16s expected %-14s actual %s", field, expected, actual);
        return note == null ? line : line + "  (" + note + ")";
    }
}
