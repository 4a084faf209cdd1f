package org.losi.designer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.compare.BandTransitions;
import org.losi.engine.compare.CityComparison;
import org.losi.engine.compare.CityMovement;
import org.losi.engine.compare.Comparison;
import org.losi.engine.compare.ItemMove;
import org.losi.engine.compare.Summary;
import org.losi.engine.methodology.EditionDiff.Change;

/** Writes a comparison of two rankings, and why one city moved, as tables for people or CSV rows. */
final class ComparisonWriter {
    private ComparisonWriter() {}

    /** One row per city: its figures under A and B, the change, the shift. */
    static Table cities(Comparison comparison) {
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

    /** The summary figures and the level transition matrix, for people. */
    static void summary(Comparison comparison, PrintWriter out) {
        Summary summary = comparison.summary();
        out.printf(
                "Summary: %d cities scored under both, %d only under A, %d only under B, %d under neither%n",
                summary.cities(), summary.onlyA(), summary.onlyB(), summary.neither());
        out.printf("  Spearman's rho            %s%n", figure(summary.spearman()));
        out.printf("  Kendall's tau-b           %s%n", figure(summary.kendallTauB()));
        out.printf("  mean absolute rank shift  %s%n", figure(summary.meanAbsoluteRankShift()));
        out.printf("  level changes             %d%n", summary.levelChanges());
        out.println();
        out.println("Level transitions (rows: level under A, columns: level under B):");
        transitions(summary.transitions()).writeText(out);
        out.println();
        flows(summary.transitions()).writeText(out);
    }

    private static Table transitions(BandTransitions transitions) {
        Table table = new Table().text("level", "A \\ B");
        transitions.levels().forEach(level -> table.whole(level, level));
        for (int row = 0; row < transitions.levels().size(); row++) {
            Object[] cells = new Object[transitions.levels().size() + 1];
            cells[0] = transitions.levels().get(row);
            for (int column = 0; column < transitions.levels().size(); column++) {
                cells[column + 1] = transitions.counts().get(row).get(column);
            }
            table.row(cells);
        }
        return table;
    }

    private static Table flows(BandTransitions transitions) {
        Table table = new Table()
                .text("level", "level")
                .whole("under_a", "under A")
                .whole("under_b", "under B")
                .whole("entering", "entering")
                .whole("leaving", "leaving");
        transitions.flows().forEach(f -> table.row(f.level(), f.before(), f.after(), f.entering(), f.leaving()));
        return table;
    }

    /** The edition changes that can change a score, one a line. */
    static void changes(List<Change> changes, PrintWriter out) {
        List<Change> scoring =
                changes.stream().filter(c -> c.kind().affectsScores()).toList();
        out.printf("Changes from A to B: %d, of which %d can change a score%n", changes.size(), scoring.size());
        scoring.forEach(change -> out.println("  " + change));
    }

    /** The items that moved one city, one row each. */
    static Table moves(CityMovement movement) {
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

    /** One line on where the city stood under each side. */
    static String standing(CityComparison city, String a, String b) {
        return String.format(
                Locale.ROOT,
                "%s (%s) from %s to %s: rank %s -> %s%s, value %s -> %s, level %s -> %s",
                city.city().name(),
                city.id(),
                a,
                b,
                city.a() == null ? "-" : city.a().rank(),
                city.b() == null ? "-" : city.b().rank(),
                city.rankShift() == null ? "" : String.format(" (%+d)", city.rankShift()),
                city.a() == null ? "-" : figure(city.a().value()),
                city.b() == null ? "-" : figure(city.b().value()),
                city.a() == null ? "-" : city.a().level(),
                city.b() == null ? "-" : city.b().level());
    }

    private static String outcome(ItemMove.Side side) {
        if (side == null) {
            return null;
        }
        return side.outcome().word() + (side.scored() ? "" : " (not counted)");
    }

    private static String weight(ItemMove.Side side) {
        return side == null || !side.scored() ? null : figure(side.weight()).replaceAll("\\.?0+$", "");
    }

    static String figure(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
