package org.losi.designer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.losi.designer.tables.Table;
import org.losi.engine.compare.BandTransitions;
import org.losi.engine.compare.CityComparison;
import org.losi.engine.compare.Comparison;
import org.losi.engine.compare.Summary;
import org.losi.engine.methodology.EditionDiff.Change;

/** Writes the summary of a comparison of two rankings, and the edition changes behind it, for people. */
final class ComparisonWriter {
    private ComparisonWriter() {}

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

    static String figure(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
