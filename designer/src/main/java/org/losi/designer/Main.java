package org.losi.designer;

import java.io.PrintWriter;
import org.losi.designer.cli.ApproveCommand;
import org.losi.designer.cli.BenchCommand;
import org.losi.designer.cli.CompareCommand;
import org.losi.designer.cli.ExitCodes;
import org.losi.designer.cli.ForkCommand;
import org.losi.designer.cli.GroupsCommand;
import org.losi.designer.cli.LintCommand;
import org.losi.designer.cli.NationalCommand;
import org.losi.designer.cli.RegressCommand;
import org.losi.designer.cli.RobustnessCommand;
import org.losi.designer.cli.ScoreCommand;
import org.losi.designer.cli.ServeCommand;
import org.losi.designer.cli.WhatIfCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code losi} command: the designer and the scoring tools in one jar. */
@Command(
        name = "losi",
        mixinStandardHelpOptions = true,
        version = "losi 0.1.0",
        description = "Score cities under LOSI methodology editions kept as Drools rules, and serve the designer.",
        subcommands = {
            ScoreCommand.class,
            LintCommand.class,
            ServeCommand.class,
            RegressCommand.class,
            ApproveCommand.class,
            CompareCommand.class,
            WhatIfCommand.class,
            RobustnessCommand.class,
            GroupsCommand.class,
            NationalCommand.class,
            ForkCommand.class,
            BenchCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a check failed (lint finding, regression)",
            "2:bad input or usage, or a methodology that does not compile",
            "3:internal error"
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams, as tests do. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = ExitCodes.configure(new CommandLine(new Main()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command; losi --help lists them");
    }
}
