package org.losi.designer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.losi.designer.tables.NationalTables;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.national.NationalView;
import org.losi.engine.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "national",
        mixinStandardHelpOptions = true,
        description = "Set each country's cities beside its national OSI figures: every city's share of the items"
                + " mapped (@osi) to each national sub-index, their mean, and the national values the assessments"
                + " give. The national index is relative across countries and the local shares are not: read them"
                + " side by side.")
public final class NationalCommand implements Callable<Integer> {
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
            description = "Edition id or folder.")
    String edition;

    @Override
    public Integer call() {
        Edition scoring = workspace.edition(edition);
        AssessmentSet assessments = workspace.read(io.inputs, scoring);
        NationalView.View view = NationalView.of(scoring, Scorer.score(scoring, assessments), assessments);
        if (view.subIndices().isEmpty()) {
            throw new IllegalArgumentException("edition " + scoring.id() + " maps no item to a national sub-index"
                    + " (@osi metadata); there is nothing to set beside national figures");
        }
        Output.write(io.output, spec.commandLine().getOut(), out -> write(view, out));
        return ExitCodes.OK;
    }

    private void write(NationalView.View view, PrintWriter out) {
        switch (io.format) {
            case json -> out.println(json(view));
            case csv -> NationalTables.of(view).writeCsv(out);
            case table -> table(view, out);
        }
    }

    private static void table(NationalView.View view, PrintWriter out) {
        for (NationalView.Country country : view.countries()) {
            out.printf(
                    "%s under %s%n", country.country().isEmpty() ? "(no country)" : country.country(), view.edition());
            StringBuilder header = new StringBuilder(String.format("%-26s %7s", "", "value"));
            view.subIndices().forEach(s -> header.append(String.format(" %7s", s)));
            out.println(header);
            country.cities().forEach(city -> out.println(row(city.name(), city.value(), city.shares(), view)));
            out.println(row(
                    country.mean().name(),
                    country.mean().value(),
                    country.mean().shares(),
                    view));
            if (country.national().isEmpty()) {
                out.println("national figures: none given in the assessments");
            } else {
                out.println(row(
                        NationalTables.NATIONAL_ROW,
                        NationalTables.nationalOverall(country, view),
                        country.national(),
                        view));
            }
            out.println();
        }
    }

    private static String row(String name, Double value, Map<String, Double> shares, NationalView.View view) {
        StringBuilder row = new StringBuilder(String.format("%-26s %7s", clip(name), figure(value)));
        view.subIndices().forEach(s -> row.append(String.format(" %7s", figure(shares.get(s)))));
        return row.toString();
    }

    private static String json(NationalView.View view) {
        try {
            return ScoreWriter.JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the national view as JSON", e);
        }
    }

    private static String figure(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String clip(String text) {
        return text.length() <= 26 ? text : text.substring(0, 25) + "…";
    }
}
