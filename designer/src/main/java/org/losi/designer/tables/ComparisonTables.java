package org.losi.designer.tables;

import java.util.Locale;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.compare.CityComparison;
import org.losi.engine.compare.CityMovement;
import org.losi.engine.compare.Comparison;
import org.losi.engine.compare.ItemMove;

/** A comparison of two rankings, and why one city moved, as tables. */
public final class ComparisonTables {
    private ComparisonTables() {}

    /** One row per city: its figures under A and B, the change, the shift. */
    public static Table cities(Comparison comparison) {
        Table table = new Table()
                .text("city_id", "city")
                .text("city", "name")
                .text("country", "country")
                .csvOnly()
                .whole("population", "population")
                .csvOnly()
                .text("settlement_type", "settlement")
                .csvOnly()
                .text("region", "region")
                .csvOnly()
                .text("scored", "scored")
                .decimal("a_value", "A value")
                .text("a_level", "A level")
                .whole("a_rank", "A rank")
                .decimal("b_value", "B value")
                .text("b_level", "B level")
                .whole("b_rank", "B rank")
                .signedDecimal("value_change", "change")
                .signed("rank_shift", "shift")
                .text("level_changed", "level moved");
        for (CityComparison city : comparison.cities()) {
            CityProfile profile = city.city();
            CityComparison.Side a = city.a();
            CityComparison.Side b = city.b();
            table.row(
                    profile.id(),
                    profile.name(),
                    profile.country(),
                    profile.population(),
                    profile.settlementType(),
                    profile.region(),
                    city.presence().word(),
                    a == null ? null : a.value(),
                    a == null ? null : a.level(),
                    a == null ? null : a.rank(),
                    b == null ? null : b.value(),
                    b == null ? null : b.level(),
                    b == null ? null : b.rank(),
                    city.valueChange(),
                    city.rankShift(),
                    city.levelChanged() ? "yes" : "no");
        }
        return table;
    }

    /** The items that moved one city, one row each. */
    public static Table moves(CityMovement movement) {
        Table table = new Table()
                .text("item", "item")
                .text("earlier_item", "was")
                .text("criterion", "criterion")
                .text("outcome_a", "under A")
                .text("outcome_b", "under B")
                .text("weight_a", "weight A")
                .text("weight_b", "weight B")
                .text("reason", "reason");
        for (ItemMove move : movement.items()) {
            table.row(
                    move.item(),
                    move.earlier(),
                    move.criterion(),
                    outcome(move.before()),
                    outcome(move.after()),
                    weight(move.before()),
                    weight(move.after()),
                    move.reason());
        }
        return table;
    }

    private static String outcome(ItemMove.Side side) {
        if (side == null) {
            return null;
        }
        return side.outcome().word() + (side.scored() ? "" : " (not counted)");
    }

    private static String weight(ItemMove.Side side) {
        return side == null || !side.scored()
                ? null
                : String.format(Locale.ROOT, "%.4f", side.weight()).replaceAll("\\.?0+$", "");
    }
}
