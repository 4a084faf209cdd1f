package org.losi.engine.methodology;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One questionnaire item: a rule whose metadata names its code, criterion, weight and wording, and whose firing
 * means a city meets it.
 *
 * @param notApplicable the policy for a not-applicable answer, the edition's default when the rule states none
 * @param reads the item codes whose answers the rule's condition reads, usually just its own
 * @param condition the rule's condition as written, between {@code when} and {@code then}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(
        String code,
        String criterion,
        String wording,
        double weight,
        String advice,
        String osi,
        ItemPolicy notApplicable,
        Set<String> reads,
        String condition,
        Declared declared) {

    /** Calls of the condition language (the methods of the {@code City} fact) that read answers. */
    private static final Pattern READ_CALL =
            Pattern.compile("\\b(?:yes|yesOn|yesAnywhere|yesCount|yesCountAnywhere|answered)\\s*\\(\\s*\"([^\"]*)\"");

    public Item {
        reads = Collections.unmodifiableSet(new LinkedHashSet<>(reads));
    }

    /** The item codes a condition reads, in the order written. */
    public static Set<String> readsOf(String condition) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher call = READ_CALL.matcher(condition);
        while (call.find()) {
            for (String code : call.group(1).split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.trim());
                }
            }
        }
        return codes;
    }
}
