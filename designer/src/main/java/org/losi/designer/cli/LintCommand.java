package org.losi.designer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.lint.Lint;
import org.losi.engine.lint.LintReport;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = "Check editions the way a reviewer would: compile errors, duplicate item codes, items without"
                + " criterion or wording, unknown or empty criteria, negative or all-zero weights, band gaps, overlaps"
                + " and unstated cut-off sides, conditions that can never fire, and rules Drools' two DRL parsers"
                + " read differently; with --samples, answers for items an edition does not have. Every finding names"
                + " its file, line, rule and item code.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no error findings",
            "1:an error finding (or a warning, with --strict)",
            "2:an edition does not compile, or bad input or usage"
        })
public final class LintCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Mixin
    Workspace workspace;

    @Option(
            names = "--samples",
            arity = "1..*",
            paramLabel = "FILE",
            description = "Assessment files to check against each edition that loads. Name editions before this"
                    + " option, or end its list with --.")
    List<Path> samples = List.of();

    @Option(
            names = {"-f", "--format"},
            defaultValue = "table",
            paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

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
        List<AssessmentSet> sets = readSamples();
        List<LintReport> reports = new ArrayList<>();
        for (String name : names) {
            EditionSource source = sourceOf(name);
            reports.add(Lint.check(source, sets));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.json) {
            json(reports, out);
        } else {
            reports.forEach(r -> table(r, out));
        }
        out.flush();
        return exitCode(reports);
    }

    private int exitCode(List<LintReport> reports) {
        if (reports.stream().anyMatch(r -> !r.compiles())) {
            return ExitCodes.BAD_INPUT;
        }
        boolean failed = reports.stream()
                .anyMatch(r -> r.count(Severity.ERROR) > 0 || (strict && r.count(Severity.WARNING) > 0));
        return failed ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    private EditionSource sourceOf(String idOrPath) {
        Path asPath = Path.of(idOrPath);
        if (Files.isDirectory(asPath)) {
            return EditionSource.read(asPath);
        }
        EditionCatalog catalog = workspace.catalog();
        if (!catalog.ids().contains(idOrPath)) {
            throw new IllegalArgumentException("no edition \"" + idOrPath + "\" in " + catalog.rules()
                    + "; editions there: " + String.join(", ", catalog.ids()));
        }
        return EditionSource.read(catalog.folder(idOrPath));
    }

    /** Samples are named by their file, so that a finding about one says which file to open. */
    private List<AssessmentSet> readSamples() {
        List<AssessmentSet> sets = new ArrayList<>();
        for (Path file : samples) {
            AssessmentSet set = AssessmentReaders.read(file, code -> true);
            sets.add(AssessmentSet.of(file.toString(), set.assessments()));
        }
        return sets;
    }

    private static void table(LintReport report, PrintWriter out) {
        String summary = report.findings().isEmpty()
                ? "no findings"
                : count(report.count(Severity.ERROR), "error") + ", " + count(report.count(Severity.WARNING), "warning")
                        + (report.count(Severity.INFO) > 0 ? ", " + count(report.count(Severity.INFO), "note") : "");
        out.printf(
                "%s: %s; %s in %s, %s; %s%n",
                report.edition(),
                report.compiles() ? "compiles" : "does not compile",
                count(report.items(), "item"),
                count(report.criteria(), "criterion", "criteria"),
                count(report.bands(), "level band"),
                summary);
        for (Problem finding : report.findings()) {
            out.println("  " + finding + " [" + finding.check() + "]");
        }
    }

    private static void json(List<LintReport> reports, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(Map.of("editions", reports)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write lint findings as JSON", e);
        }
    }

    static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(long n, String noun, String plural) {
        return n + " " + (n == 1 ? noun : plural);
    }
}
