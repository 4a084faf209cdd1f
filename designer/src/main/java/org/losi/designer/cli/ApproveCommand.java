package org.losi.designer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.losi.engine.methodology.Edition;
import org.losi.engine.regression.ApprovalCommit;
import org.losi.engine.regression.Regression;
import org.losi.engine.regression.Suite;
import org.losi.engine.regression.SuiteRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "approve",
        mixinStandardHelpOptions = true,
        description = "Record a suite's current results under an edition as its expectations, and commit"
                + " expected/<edition>.json with the reviewer as author and their message. A case keeps the fields"
                + " and items the reviewer listed; new cases list everything. The suite's git repository is used, or"
                + " one is made in the suite's folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:approved and committed",
            "1:nothing to approve: every case passes under the rules already approved",
            "2:bad input or usage: an unknown suite or edition, an empty message, an edition that does not compile"
        })
public final class ApproveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Workspace workspace;

    @Mixin
    Suites suites;

    @Option(
            names = {"-s", "--suite"},
            required = true,
            paramLabel = "NAME",
            description = "The suite to approve.")
    String suite;

    @Option(
            names = {"-e", "--edition"},
            required = true,
            paramLabel = "ID",
            description = "The edition whose results become the expectations.")
    String edition;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "The reviewer who approves.")
    String by;

    @Option(
            names = "--email",
            defaultValue = "",
            paramLabel = "ADDRESS",
            description = "The reviewer's e-mail address, for the commit.")
    String email;

    @Option(
            names = {"-m", "--message"},
            required = true,
            paramLabel = "MESSAGE",
            description = "Why the results are right; it becomes the commit message.")
    String message;

    @Override
    public Integer call() {
        Suite approving = suites.named(suite);
        Edition scoring = workspace.edition(edition);
        PrintWriter out = spec.commandLine().getOut();
        SuiteRun now = Regression.run(approving, scoring);
        if (now.nothingToApprove()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "losi: nothing to approve: every case of %s passes under %s with the rules already"
                                    + " approved%n",
                            approving.name(), scoring.id());
            return ExitCodes.CHECK_FAILED;
        }
        ApprovalCommit commit = Regression.approve(approving, scoring, by, email, message);
        out.printf(
                "approved %s under %s: %s recorded in %s%n",
                approving.name(),
                scoring.id(),
                LintCommand.count(approving.caseIds().size(), "case"),
                commit.file());
        if (!commit.changed().isEmpty()) {
            out.println("  changed: " + String.join(", ", commit.changed()));
        }
        out.printf("  committed %s%n", commit.commit().substring(0, 12));
        out.flush();
        return ExitCodes.OK;
    }
}
