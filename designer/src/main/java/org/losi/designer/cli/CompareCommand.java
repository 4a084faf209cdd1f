package org.losi.designer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.losi.designer.tables.ComparisonTables;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.compare.CityMovement;
import org.losi.engine.compare.Comparison;
import org.losi.engine.compare.ComparisonOrder;
import org.losi.engine.compare.LikeForLike;
import org.losi.engine.compare.Presence;
import org.losi.engine.compare.TwoEditions;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Score the same assessments under an earlier edition A and a later edition B and compare: each"
                + " city's value, level and rank under both, its rank shift and level change, rank correlations"
                + " (Spearman's rho, Kendall's tau-b) and the level transition matrix. CSV holds the per-city rows"
                + " (with --why, the item rows); JSON holds everything.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Workspace workspace;

    @Mixin
    ReportOptions io;

    @Option(
            names = {"-a", "--edition-a"},
            required = true,
            paramLabel = "EDITION",
            description = "The earlier edition: an id in the rules folder or the path of an edition folder.")
    String editionA;

    @Option(
            names = {"-b", "--edition-b"},
            required = true,
            paramLabel = "EDITION",
            description = "The later edition; its @crosswalk metadata, if any, maps its items to A's.")
    String editionB;

    @Option(
            names = "--like-for-like",
            description = "Compare on the items the editions have in common, as B's crosswalk maps them (by equal"
                    + " codes where it declares none): each edition's value is computed again over those items.")
    boolean likeForLike;

    @Option(
            names = "--sort",
            defaultValue = "rank",
            paramLabel = "ORDER",
            description = "movers (largest rank shift, then value change), rank (under B) or city (default:"
                    + " ${DEFAULT-VALUE}).")
    String sort;

    @Option(
            names = "--why",
            paramLabel = "CITY",
            description = "Show the items that moved this city (by id), over every item, and the edition changes"
                    + " behind them.")
    String why;

    @Override
    public Integer call() {
        ComparisonOrder order = Choices.constant(spec, "--sort", sort, ComparisonOrder.class);
        Edition a = workspace.edition(editionA);
        Edition b = workspace.edition(editionB);
        AssessmentSet assessments = workspace.read(io.inputs, a, b);
        TwoEditions editions = TwoEditions.of(a, Scorer.score(a, assessments), b, Scorer.score(b, assessments));
        String heading = String.format(
                "Edition A %s (%s), edition B %s (%s); assessments %s",
                a.id(), a.hash(), b.id(), b.hash(), assessments.id());
        if (why != null) {
            CityMovement movement = editions.why(why);
            Output.write(io.output, spec.commandLine().getOut(), out -> writeWhy(movement, a, b, heading, out));
        } else {
            LikeForLike common = likeForLike ? editions.likeForLike() : null;
            Comparison comparison = (common == null ? editions.compare() : common.comparison()).sorted(order);
            Output.write(
                    io.output, spec.commandLine().getOut(), out -> write(editions, comparison, common, heading, out));
        }
        return ExitCodes.OK;
    }

    private void write(
            TwoEditions editions, Comparison comparison, LikeForLike common, String heading, PrintWriter out) {
        switch (io.format) {
            case csv -> ComparisonTables.cities(comparison).writeCsv(out);
            case json -> Json.write(json(editions, comparison, common), out);
            case table -> {
                out.println(heading);
                if (common != null) {
                    out.println(likeForLikeLine(common));
                }
                out.println();
                ComparisonTables.cities(comparison).writeText(out);
                out.println();
                ComparisonWriter.summary(comparison, out);
                out.println();
                ComparisonWriter.changes(editions.changes(), out);
            }
        }
    }

    private static Map<String, Object> json(TwoEditions editions, Comparison comparison, LikeForLike common) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("comparison", comparison);
        if (common != null) {
            json.put(
                    "likeForLike",
                    Map.of("itemsA", common.itemsA(), "itemsB", common.itemsB(), "mapping", common.mapping()));
        }
        json.put("changes", editions.changes());
        return json;
    }

    private static String likeForLikeLine(LikeForLike common) {
        String line = String.format(
                "Like for like: A counts %d items (%s), B counts %d (%s)",
                common.itemsA().size(),
                String.join(", ", common.itemsA()),
                common.itemsB().size(),
                String.join(", ", common.itemsB()));
        if (!common.mapping().dropped().isEmpty()) {
            line += "; B drops " + String.join(", ", common.mapping().dropped());
        }
        if (!common.mapping().unmatched().isEmpty()) {
            line += "; A's items with no counterpart in B: "
                    + String.join(", ", common.mapping().unmatched());
        }
        return line;
    }

    private void writeWhy(CityMovement movement, Edition a, Edition b, String heading, PrintWriter out) {
        switch (io.format) {
            case csv -> ComparisonTables.moves(movement).writeCsv(out);
            case json -> Json.write(movement, out);
            case table -> {
                out.println(heading);
                out.println(ComparisonWriter.standing(movement.city(), a.id(), b.id()));
                out.println();
                if (movement.city().presence() != Presence.BOTH) {
                    out.println("Only one edition scored this city: there are no items to compare.");
                } else if (movement.items().isEmpty()) {
                    out.println("No item's outcome or counted weight differs for this city.");
                } else {
                    ComparisonTables.moves(movement).writeText(out);
                }
                if (!movement.editionChanges().isEmpty()) {
                    out.println();
                    out.println("Edition changes that can move every city:");
                    movement.editionChanges().forEach(change -> out.println("  " + change));
                }
            }
        }
    }
}
