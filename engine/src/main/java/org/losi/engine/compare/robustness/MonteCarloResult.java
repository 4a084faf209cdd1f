package org.losi.engine.compare.robustness;

import java.util.List;
import java.util.Optional;

/**
 * The cities' ranks and levels under many random weightings of one edition.
 *
 * @param aggregation the edition's aggregation, which says what shaking criterion weights means
 * @param cities in the order of the edition's ranking
 */
public record MonteCarloResult(
        String edition, String aggregation, Perturbation perturbation, List<CityStability> cities) {

    public MonteCarloResult {
        cities = List.copyOf(cities);
    }

    public Optional<CityStability> city(String id) {
        return cities.stream().filter(c -> c.city().id().equals(id)).findFirst();
    }
}
