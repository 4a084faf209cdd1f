package org.losi.engine.compare.robustness;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.losi.engine.assessment.CityProfile;

/**
 * How one city's rank and level held under weight noise.
 *
 * @param rank the city's rank under the edition's own weights
 * @param level the city's level under the edition's own weights
 * @param lowRank the 5th percentile of its ranks over the draws (nearest rank): the best ranks it reached
 * @param highRank the 95th percentile: together with {@code lowRank}, the interval holding 90 % of its ranks
 * @param stayProbability the share of draws that left it at its level
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CityStability(
        CityProfile city,
        double value,
        String level,
        int rank,
        double medianRank,
        int lowRank,
        int highRank,
        double stayProbability) {}
