package org.losi.engine.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ScoreReport;

/**
 * The ranked cities of one way of scoring, and apart from them those it could not score.
 *
 * @param label what the figures come from, for example an edition id or {@code what-if}
 * @param ranked by rank, then city id
 */
public record Standings(String label, List<Standing> ranked, List<CityProfile> notAssessed) {

    public Standings {
        ranked = List.copyOf(ranked);
        notAssessed = List.copyOf(notAssessed);
    }

    /** The standings a score report gives, ranks as the report has them. */
    public static Standings of(ScoreReport report) {
        List<Standing> ranked = new ArrayList<>(report.cities().size());
        for (CityResult city : report.cities()) {
            ranked.add(new Standing(city.city(), city.value(), city.level(), city.rank()));
        }
        List<CityProfile> notAssessed =
                report.notAssessed().stream().map(ScoreReport.NotAssessed::city).toList();
        return new Standings(report.edition(), ranked, notAssessed);
    }

    /**
     * Ranks values given per city, leveling them with the given bands.
     *
     * @param assessed which cities have a value; the others are listed as not assessed
     */
    static Standings rank(String label, Levels levels, List<CityProfile> cities, double[] values, boolean[] assessed) {
        int[] ranks = Ranks.competition(values, assessed);
        List<Standing> ranked = new ArrayList<>();
        List<CityProfile> notAssessed = new ArrayList<>();
        for (int c = 0; c < cities.size(); c++) {
            if (assessed[c]) {
                ranked.add(new Standing(cities.get(c), values[c], levels.name(levels.indexOf(values[c])), ranks[c]));
            } else {
                notAssessed.add(cities.get(c));
            }
        }
        ranked.sort(Comparator.comparingInt(Standing::rank)
                .thenComparing(s -> s.city().id()));
        notAssessed.sort(Comparator.comparing(CityProfile::id));
        return new Standings(label, ranked, notAssessed);
    }
}
