package org.losi.designer.tables;

import java.util.List;
import org.losi.engine.compare.robustness.CityStability;
import org.losi.engine.compare.robustness.ItemInfluence;
import org.losi.engine.compare.robustness.LevelGap;
import org.losi.engine.compare.robustness.MonteCarloResult;

/** How robust a ranking is, as tables: per city under weight noise, per item left out. */
public final class RobustnessTables {
    private RobustnessTables() {}

    /**
     * One row per ranked city: its rank interval and chance of keeping its level, and what would lift it a level.
     *
     * @param gaps in the order of the Monte Carlo result's cities, as {@code NextLevel} gives them
     */
    public static Table cities(MonteCarloResult monteCarlo, List<LevelGap> gaps) {
        Table table = new Table()
                .whole("rank", "rank")
                .text("city_id", "city")
                .text("city", "name")
                .decimal("value", "value")
                .text("level", "level")
                .text("median_rank", "median rank")
                .whole("rank_p5", "p5")
                .whole("rank_p95", "p95")
                .decimal("stay_probability", "keeps level")
                .text("next_level", "next level")
                .whole("items_to_next_level", "items needed")
                .text("items", "which")
                .decimal("value_with_items", "value with them");
        for (int c = 0; c < monteCarlo.cities().size(); c++) {
            CityStability city = monteCarlo.cities().get(c);
            LevelGap gap = gaps.get(c);
            table.row(
                    city.rank(),
                    city.city().id(),
                    city.city().name(),
                    city.value(),
                    city.level(),
                    number(city.medianRank()),
                    city.lowRank(),
                    city.highRank(),
                    city.stayProbability(),
                    gap.nextLevel(),
                    gap.reachable() ? gap.items().size() : null,
                    gap.nextLevel() == null ? null : gap.reachable() ? String.join(" ", gap.items()) : "out of reach",
                    gap.valueWith());
        }
        return table;
    }

    /** One row per item: how far the ranking moves when it is left out. */
    public static Table items(List<ItemInfluence> influences) {
        Table table = new Table()
                .text("item", "item")
                .text("criterion", "criterion")
                .whole("scored_in", "scored in")
                .whole("max_rank_shift", "max shift")
                .decimal("mean_rank_shift", "mean shift")
                .whole("level_changes", "level changes");
        influences.forEach(
                i -> table.row(i.item(), i.criterion(), i.scoredIn(), i.maxShift(), i.meanShift(), i.levelChanges()));
        return table;
    }

    /** A whole number without its decimals, such as a median rank of 3; 3.5 stays as it is. */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
