package org.losi.engine.compare.robustness;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.assessment.CityProfile;

/**
 * What would lift a city to the next level: the fewest of its missed items that would do it.
 *
 * @param nextLevel the level just above the city's, null at the top
 * @param items the missed items to meet, heaviest in effect first; empty at the top or when meeting every missed
 *     item would not be enough
 * @param valueWith the city's value with those items met, null when there are none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelGap(
        CityProfile city, double value, String level, String nextLevel, List<String> items, Double valueWith) {

    public LevelGap {
        items = List.copyOf(items);
    }

    /** Whether meeting some of its missed items would lift the city to the next level. */
    public boolean reachable() {
        return !items.isEmpty();
    }
}
