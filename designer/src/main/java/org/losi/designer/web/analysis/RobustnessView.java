package org.losi.designer.web.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.compare.robustness.CityStability;
import org.losi.engine.compare.robustness.ItemInfluence;
import org.losi.engine.compare.robustness.LevelGap;
import org.losi.engine.compare.robustness.MonteCarloResult;
import org.losi.engine.compare.robustness.Perturbation;

/**
 * How far an edition's ranking holds: per city under random weightings, and per item left out.
 *
 * @param aggregation the edition's aggregation, which says what shaking criterion weights means
 * @param cities in the order of the edition's ranking
 */
record RobustnessView(
        EditionRef edition,
        String sample,
        String aggregation,
        Perturbation perturbation,
        List<CityRobustness> cities,
        List<ItemInfluence> leaveOneItemOut) {

    static RobustnessView of(
            EditionRef edition,
            String sample,
            MonteCarloResult monteCarlo,
            List<LevelGap> gaps,
            List<ItemInfluence> influences) {
        Map<String, LevelGap> gapOf =
                gaps.stream().collect(Collectors.toMap(g -> g.city().id(), Function.identity()));
        List<CityRobustness> cities = monteCarlo.cities().stream()
                .map(c -> CityRobustness.of(c, gapOf.get(c.city().id())))
                .toList();
        return new RobustnessView(
                edition, sample, monteCarlo.aggregation(), monteCarlo.perturbation(), cities, influences);
    }

    /**
     * One city: its rank and level under the edition's weights, how they held under the draws, and the fewest missed
     * items that would lift it a level.
     *
     * @param lowRank the 5th percentile of its ranks over the draws: the best ranks it reached
     * @param highRank the 95th percentile
     * @param stayProbability the share of draws that left it at its level
     * @param nextLevel null at the top level
     * @param itemsToNextLevel empty at the top, or when meeting every missed item would not be enough
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CityRobustness(
            CityProfile city,
            double value,
            String level,
            int rank,
            double medianRank,
            int lowRank,
            int highRank,
            double stayProbability,
            String nextLevel,
            List<String> itemsToNextLevel,
            Double valueWithItems) {

        static CityRobustness of(CityStability city, LevelGap gap) {
            return new CityRobustness(
                    city.city(),
                    city.value(),
                    city.level(),
                    city.rank(),
                    city.medianRank(),
                    city.lowRank(),
                    city.highRank(),
                    city.stayProbability(),
                    gap == null ? null : gap.nextLevel(),
                    gap == null ? List.of() : gap.items(),
                    gap == null ? null : gap.valueWith());
        }
    }
}
