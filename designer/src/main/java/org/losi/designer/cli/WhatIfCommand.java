package org.losi.designer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.losi.designer.tables.ComparisonTables;
import org.losi.engine.compare.ComparisonOrder;
import org.losi.engine.compare.WhatIf;
import org.losi.engine.compare.WhatIfResult;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.ScoreReport;
import org.losi.engine.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "what-if",
        mixinStandardHelpOptions = true,
        description = "Rank the cities with changed criterion or item weights, or another aggregation, beside the"
                + " edition's own ranking, without saving an edition. Outcomes are scored once; only the weighing is"
                + " done again.")
public final class WhatIfCommand implements Callable<Integer> {
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

    @Option(
            names = "--weight",
            paramLabel = "CODE=WEIGHT",
            description = "A criterion or item code and its new weight, for example --weight B=2; repeat for more."
                    + " Criterion weights count only with --aggregation mean-of-criteria or an edition that"
                    + " averages criteria.")
    Map<String, Double> weights = new LinkedHashMap<>();

    @Option(
            names = "--aggregation",
            paramLabel = "AGGREGATION",
            description = "share-of-items or mean-of-criteria (default: the edition's).")
    String aggregation;

    @Option(
            names = "--sort",
            defaultValue = "rank",
            paramLabel = "ORDER",
            description = "movers, rank (under the what-if) or city (default: ${DEFAULT-VALUE}).")
    String sort;

    @Override
    public Integer call() {
        ComparisonOrder order = Choices.constant(spec, "--sort", sort, ComparisonOrder.class);
        Aggregation used = aggregation == null
                ? null
                : Choices.parse(
                        spec, "--aggregation", aggregation, Aggregation::parse, "share-of-items or mean-of-criteria");
        Edition scoring = workspace.edition(edition);
        Map<String, Double> criteria = new LinkedHashMap<>();
        Map<String, Double> items = new LinkedHashMap<>();
        weights.forEach((code, weight) -> (isCriterion(scoring, code) ? criteria : items).put(code, weight));
        Aggregation effective = used == null ? scoring.aggregation() : used;
        if (!criteria.isEmpty() && effective != Aggregation.MEAN_OF_CRITERIA) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--weight " + criteria.keySet().iterator().next()
                            + ": criterion weights count only when criteria are averaged; edition " + scoring.id()
                            + " aggregates " + effective.word() + ": add --aggregation "
                            + Aggregation.MEAN_OF_CRITERIA.word() + " or weigh items");
        }
        ScoreReport report = Scorer.score(scoring, workspace.read(io.inputs, scoring));
        WhatIfResult result = WhatIf.apply(scoring, report, criteria, items, used);
        Output.write(io.output, spec.commandLine().getOut(), out -> write(result, order, out));
        return ExitCodes.OK;
    }

    private boolean isCriterion(Edition scoring, String code) {
        boolean criterion = scoring.criterion(code).isPresent();
        if (criterion && scoring.item(code).isPresent()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--weight " + code + ": edition " + scoring.id()
                            + " has both a criterion and an item with the code \"" + code + "\"");
        }
        return criterion;
    }

    private void write(WhatIfResult result, ComparisonOrder order, PrintWriter out) {
        switch (io.format) {
            case csv ->
                ComparisonTables.cities(result.againstEdition().sorted(order)).writeCsv(out);
            case json -> Json.write(result, out);
            case table -> {
                out.printf(
                        "What-if on edition %s: aggregation %s; weights %s%n",
                        result.edition(),
                        result.aggregation(),
                        weights.isEmpty() ? "as the edition has them" : changed());
                out.println("A is the edition's ranking, B the what-if.");
                out.println();
                ComparisonTables.cities(result.againstEdition().sorted(order)).writeText(out);
                out.println();
                ComparisonWriter.summary(result.againstEdition(), out);
            }
        }
    }

    private String changed() {
        return weights.entrySet().stream()
                .map(w -> w.getKey() + "=" + w.getValue())
                .collect(Collectors.joining(", "));
    }
}
