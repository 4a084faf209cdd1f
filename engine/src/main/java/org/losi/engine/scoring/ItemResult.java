package org.losi.engine.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One item's outcome for one city, and what decided it.
 *
 * @param scored whether the item counts in the denominator
 * @param rule the item's rule: it fired (met) or its condition did not hold (missed)
 * @param policy for not-applicable and not-assessed items, the policy that placed the item in or out of the
 *     denominator, for example {@code notApplicable=exclude}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ItemResult(
        String code,
        String criterion,
        Outcome outcome,
        boolean scored,
        double weight,
        String rule,
        String policy,
        List<Disagreement> disagreements) {

    public ItemResult {
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    public boolean met() {
        return outcome == Outcome.MET;
    }
}
