package org.losi.designer.cli;

import java.util.concurrent.Callable;
import org.losi.designer.tables.GroupTables;
import org.losi.engine.compare.groups.GroupReport;
import org.losi.engine.compare.groups.Grouping;
import org.losi.engine.compare.groups.Groups;
import org.losi.engine.compare.groups.PopulationClasses;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "groups",
        mixinStandardHelpOptions = true,
        description = "Results by settlement type, population class, region or country: ranked cities, mean and"
                + " median value and how many are at each level; cities not assessed are counted apart.")
public final class GroupsCommand implements Callable<Integer> {
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
            names = "--by",
            defaultValue = "settlement",
            paramLabel = "ATTRIBUTE",
            description = "settlement, population, region or country (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(
            names = "--population-classes",
            defaultValue = "10k,50k,250k,1M",
            paramLabel = "CUT-OFFS",
            description = "Cut-offs between population classes; a city on a cut-off is in the class above"
                    + " (default: ${DEFAULT-VALUE}).")
    String populationClasses;

    @Override
    public Integer call() {
        Grouping grouping =
                Choices.parse(spec, "--by", by, Grouping::parse, "settlement, population, region or country");
        PopulationClasses classes = PopulationClasses.parse(populationClasses);
        Edition scoring = workspace.edition(edition);
        GroupReport report =
                Groups.of(scoring, Scorer.score(scoring, workspace.read(io.inputs, scoring)), grouping, classes);
        Output.write(io.output, spec.commandLine().getOut(), out -> {
            switch (io.format) {
                case json -> Json.write(report, out);
                case csv -> GroupTables.of(report).writeCsv(out);
                case table -> {
                    out.printf("Edition %s (%s), cities by %s%n%n", scoring.id(), scoring.hash(), grouping.word());
                    GroupTables.of(report).writeText(out);
                }
            }
        });
        return ExitCodes.OK;
    }
}
