package org.losi.engine.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.compare.robustness.LevelGap;
import org.losi.engine.compare.robustness.NextLevel;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.CriterionScore;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.ScoreReport;

/**
 * What a city official reads about their city: its strongest criteria, the missed items with what to do about each,
 * the fewest items that would lift the city to the next level, and how it stands among places of its own kind.
 */
public final class CityReport {
    private CityReport() {}

    /**
     * @param strengths the criteria in which the city met the largest share, best first, at most three
     * @param toDo every missed item that counted, with the edition's advice, in the edition's order
     * @param nextLevel the fewest items to the next level; null when the city is in the top band
     * @param peers the cities of the same settlement type in the same sample
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(
            String cityId, List<CriterionScore> strengths, List<Missing> toDo, NextStep nextLevel, Peers peers) {}

    /** A missed item and the advice the edition gives for it (null when it gives none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Missing(String code, String criterion, String wording, String advice) {}

    /** The next level up and the items that would reach it, with the value they would give. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NextStep(String level, List<Missing> items, Double valueWith) {}

    /**
     * @param settlementType the kind of place compared with, for example {@code rural}
     * @param rank the city's competition rank among them
     */
    public record Peers(String settlementType, int count, int rank, double median, double best) {}

    public static Report of(Edition edition, ScoreReport report, CityResult city) {
        return new Report(
                city.city().id(),
                strengths(city),
                toDo(edition, city),
                nextStep(edition, report, city),
                peers(report, city));
    }

    private static List<CriterionScore> strengths(CityResult city) {
        return city.criteria().stream()
                .filter(c -> c.share() != null && c.share() > 0)
                .sorted(Comparator.comparingDouble((CriterionScore c) -> c.share())
                        .reversed())
                .limit(3)
                .toList();
    }

    private static List<Missing> toDo(Edition edition, CityResult city) {
        List<Missing> missing = new ArrayList<>();
        for (ItemResult item : city.items()) {
            if (item.outcome() == Outcome.MISSED) {
                missing.add(missing(edition, item.code()));
            }
        }
        return missing;
    }

    private static Missing missing(Edition edition, String code) {
        Item item = edition.item(code).orElseThrow();
        return new Missing(code, item.criterion(), item.wording(), item.advice());
    }

    private static NextStep nextStep(Edition edition, ScoreReport report, CityResult city) {
        List<LevelGap> gaps = NextLevel.of(OutcomeMatrix.of(edition, report));
        LevelGap gap = gaps.stream()
                .filter(g -> g.city().id().equals(city.city().id()))
                .findFirst()
                .orElse(null);
        if (gap == null || gap.nextLevel() == null) {
            return null;
        }
        List<Missing> items =
                gap.items().stream().map(code -> missing(edition, code)).toList();
        return new NextStep(gap.nextLevel(), items, gap.valueWith());
    }

    private static Peers peers(ScoreReport report, CityResult city) {
        String kind = city.city().settlementType();
        List<CityResult> peers = report.cities().stream()
                .filter(c -> Objects.equals(c.city().settlementType(), kind))
                .toList();
        double[] values = peers.stream().mapToDouble(CityResult::value).sorted().toArray();
        int rank =
                1 + (int) peers.stream().filter(c -> c.value() > city.value()).count();
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return new Peers(kind, n, rank, median, values[n - 1]);
    }
}
