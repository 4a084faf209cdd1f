package org.losi.designer.cli;

import java.util.concurrent.Callable;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.ScoreReport;
import org.losi.engine.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = "Score assessments under an edition: value, level, rank and criterion shares per city. Input is"
                + " the product's JSON (.json), a wide spreadsheet CSV (.csv), or an assessment tool's NDJSON export"
                + " (.ndjson, with its <name>.exclusions.ndjson report beside it).")
public final class ScoreCommand implements Callable<Integer> {
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
            description = "Edition id in the rules folder (for example losi-2024), or the path of an edition folder.")
    String edition;

    @Override
    public Integer call() {
        Edition scoring = workspace.edition(edition);
        AssessmentSet assessments = workspace.read(io.inputs, scoring);
        ScoreReport report = Scorer.score(scoring, assessments);
        Output.write(
                io.output, spec.commandLine().getOut(), out -> new ScoreWriter(scoring, report).write(io.format, out));
        return ExitCodes.OK;
    }
}
