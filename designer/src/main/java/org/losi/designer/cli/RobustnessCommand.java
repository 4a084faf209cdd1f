package org.losi.designer.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.losi.designer.tables.RobustnessTables;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.compare.robustness.ItemInfluence;
import org.losi.engine.compare.robustness.LeaveOneItemOut;
import org.losi.engine.compare.robustness.LevelGap;
import org.losi.engine.compare.robustness.MonteCarlo;
import org.losi.engine.compare.robustness.MonteCarloResult;
import org.losi.engine.compare.robustness.NextLevel;
import org.losi.engine.compare.robustness.Perturbation;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "robustness",
        mixinStandardHelpOptions = true,
        description = "How far ranks and levels hold under weight noise: per city the median rank, the 5th-95th"
                + " percentile rank interval and the chance of keeping its level over seeded random weightings, and"
                + " the fewest missed items that would lift it a level; per item the rank shifts when it is dropped.")
public final class RobustnessCommand implements Callable<Integer> {
    /** Which table the table and CSV formats write. */
    enum Rows {
        CITIES,
        ITEMS
    }

    @Spec
    CommandSpec spec;

    @Mixin
    Workspace workspace;

    @Mixin
    ReportOptions io;

    @Option(
            names = {"-e", "--edition"},
            required = true,
            paramLabel = "EDITION",
            description = "Edition id in the rules folder, or the path of an edition folder.")
    String edition;

    @Option(names = "--draws", defaultValue = "1000", description = "Random weightings (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(
            names = "--spread",
            defaultValue = "0.2",
            description =
                    "Each weight is multiplied by a factor uniform in [1 - s, 1 + s] (default: ${DEFAULT-VALUE}).")
    double spread;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the draws; the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--over",
            defaultValue = "criteria",
            paramLabel = "WEIGHTS",
            description = "criteria or items (default: ${DEFAULT-VALUE}). Under share-of-items a criterion factor"
                    + " scales each of its items' weights.")
    String over;

    @Option(
            names = "--rows",
            defaultValue = "cities",
            paramLabel = "ROWS",
            description = "cities (rank intervals, level odds, items to the next level) or items (leave one item"
                    + " out) for table and CSV (default: ${DEFAULT-VALUE}); JSON holds both.")
    String rows;

    @Override
    public Integer call() {
        Perturbation.Over weights = Choices.parse(spec, "--over", over, Perturbation.Over::parse, "criteria or items");
        boolean byItem = Choices.constant(spec, "--rows", rows, Rows.class) == Rows.ITEMS;
        Perturbation perturbation = new Perturbation(weights, spread, draws, seed);
        Edition scoring = workspace.edition(edition);
        OutcomeMatrix matrix = OutcomeMatrix.of(scoring, Scorer.score(scoring, workspace.read(io.inputs, scoring)));
        MonteCarloResult monteCarlo = MonteCarlo.run(matrix, perturbation);
        List<ItemInfluence> influences = LeaveOneItemOut.of(matrix);
        List<LevelGap> gaps = NextLevel.of(matrix);
        Output.write(io.output, spec.commandLine().getOut(), out -> {
            switch (io.format) {
                case json -> Json.write(json(monteCarlo, influences, gaps), out);
                case csv ->
                    (byItem ? RobustnessTables.items(influences) : RobustnessTables.cities(monteCarlo, gaps))
                            .writeCsv(out);
                case table -> {
                    out.println(heading(scoring, matrix, perturbation));
                    out.println();
                    (byItem ? RobustnessTables.items(influences) : RobustnessTables.cities(monteCarlo, gaps))
                            .writeText(out);
                }
            }
        });
        return ExitCodes.OK;
    }

    private static String heading(Edition scoring, OutcomeMatrix matrix, Perturbation perturbation) {
        String shaken = perturbation.over() == Perturbation.Over.ITEMS
                ? "item weights"
                : scoring.aggregation() == Aggregation.SHARE_OF_ITEMS
                        ? "criterion weights (each scaling its items, as "
                                + scoring.aggregation().word() + " weighs items alone)"
                        : "criterion weights";
        return String.format(
                Locale.ROOT,
                "Edition %s (%s), %d ranked cities, %d not assessed; %d draws of %s, each times a factor in"
                        + " [%s, %s], seed %d",
                scoring.id(),
                scoring.hash(),
                matrix.cities(),
                matrix.notAssessed().size(),
                perturbation.draws(),
                shaken,
                RobustnessTables.number(1 - perturbation.spread()),
                RobustnessTables.number(1 + perturbation.spread()),
                perturbation.seed());
    }

    private static Map<String, Object> json(
            MonteCarloResult monteCarlo, List<ItemInfluence> influences, List<LevelGap> gaps) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("monteCarlo", monteCarlo);
        json.put("leaveOneItemOut", influences);
        json.put("nextLevel", gaps);
        return json;
    }
}
