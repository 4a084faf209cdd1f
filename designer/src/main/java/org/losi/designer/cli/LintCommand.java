package org.losi.designer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.losi.engine.methodology.Edition;
import org.losi.engine.rules.EditionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = "Check that editions compile and that their declarations can score; every problem is named with"
                + " its file, line, column and rule.")
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Workspace workspace;

    @Parameters(
            arity = "0..*",
            paramLabel = "EDITION",
            description = "Edition ids or folders (default: every edition in the rules folder).")
    List<String> editions;

    @Override
    public Integer call() {
        List<String> names =
                editions == null || editions.isEmpty() ? workspace.catalog().ids() : editions;
        if (names.isEmpty()) {
            throw new IllegalArgumentException(
                    "no editions in " + workspace.catalog().rules());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        for (String name : names) {
            try {
                Edition edition = workspace.edition(name);
                out.printf(
                        "%s: compiles; %d items in %d criteria, %d level bands%n",
                        edition.id(),
                        edition.items().size(),
                        edition.criteria().size(),
                        edition.bands().size());
            } catch (EditionException e) {
                err.printf(
                        "%s: does not compile or cannot score (%s)%n",
                        name, count(e.problems().size(), "problem"));
                e.problems().forEach(p -> err.println("  " + p));
                exit = ExitCodes.BAD_INPUT;
            }
        }
        out.flush();
        return exit;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
