package org.losi.engine.scoring;

import java.util.List;
import java.util.Optional;
import org.losi.engine.assessment.CityProfile;

/**
 * One ranked city.
 *
 * @param value at full precision; reports show it with four decimals
 * @param rank competition rank on the unrounded value: equal values share a rank and the next one skips (1, 2, 2, 4)
 * @param level the band the value falls in, null if the edition's bands leave it out
 */
public record CityResult(
        CityProfile city,
        double value,
        String level,
        int rank,
        List<CriterionScore> criteria,
        int itemsMet,
        int itemsScored,
        List<ItemResult> items) {

    public CityResult {
        criteria = List.copyOf(criteria);
        items = List.copyOf(items);
    }

    public Optional<ItemResult> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<CriterionScore> criterion(String code) {
        return criteria.stream().filter(c -> c.criterion().equals(code)).findFirst();
    }

    CityResult withRank(int newRank) {
        return new CityResult(city, value, level, newRank, criteria, itemsMet, itemsScored, items);
    }
}
