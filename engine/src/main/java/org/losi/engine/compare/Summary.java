package org.losi.engine.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The figures of a comparison over the cities both sides scored.
 *
 * @param spearman Spearman's rho of the values, ties given averaged ranks; null when undefined
 * @param kendallTauB Kendall's tau-b of the values; null when undefined
 * @param meanAbsoluteRankShift the mean of the absolute rank shifts, each side's ranks as it gives them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(
        int cities,
        int onlyA,
        int onlyB,
        int neither,
        Double spearman,
        Double kendallTauB,
        Double meanAbsoluteRankShift,
        int levelChanges,
        BandTransitions transitions) {

    static Summary of(List<CityComparison> cities, List<String> levels) {
        List<CityComparison> both =
                cities.stream().filter(c -> c.presence() == Presence.BOTH).toList();
        double[] a = both.stream().mapToDouble(c -> c.a().value()).toArray();
        double[] b = both.stream().mapToDouble(c -> c.b().value()).toArray();
        Double meanShift = both.isEmpty()
                ? null
                : both.stream().mapToInt(c -> Math.abs(c.rankShift())).average().orElseThrow();
        return new Summary(
                both.size(),
                count(cities, Presence.ONLY_A),
                count(cities, Presence.ONLY_B),
                count(cities, Presence.NEITHER),
                defined(RankCorrelation.spearman(a, b)),
                defined(RankCorrelation.kendallTauB(a, b)),
                meanShift,
                (int) both.stream().filter(CityComparison::levelChanged).count(),
                BandTransitions.of(levels, cities));
    }

    private static int count(List<CityComparison> cities, Presence presence) {
        return (int) cities.stream().filter(c -> c.presence() == presence).count();
    }

    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
