package org.losi.designer.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.losi.engine.assessment.InputException;
import org.losi.engine.authoring.FormException;
import org.losi.engine.rules.EditionException;
import org.losi.engine.scoring.ScoringException;
import picocli.CommandLine;

/** The documented exit codes, and how failures map to them: a message on stderr, never a bare stack trace. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {}

    public static CommandLine configure(CommandLine commandLine) {
        return commandLine.setExecutionExceptionHandler(ExitCodes::handle).setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("losi: " + e.getMessage());
            e.getCommandLine().usage(err);
            return BAD_INPUT;
        });
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputException
                || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException
                || e instanceof FormException) {
            err.println("losi: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof ScoringException scoring) {
            err.println("losi: " + scoring.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof EditionException edition) {
            err.println("losi: edition " + edition.edition() + " cannot be used:");
            edition.problems().forEach(p -> err.println("  " + p));
            return BAD_INPUT;
        }
        err.println("losi: internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }
}
