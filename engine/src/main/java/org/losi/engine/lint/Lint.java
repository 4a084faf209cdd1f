package org.losi.engine.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.rules.EditionException;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;

/**
 * Checks a methodology edition the way a reviewer would before accepting it: what the rules declare (items, criteria,
 * weights, bands), whether conditions can fire, whether both of Drools' DRL parsers read the rules alike, and whether
 * sample assessments answer items the edition has. Every finding names its file, line, rule and item code where it
 * has them, and carries a {@link Check} id.
 *
 * <p>Works on an edition that does not compile: its compile errors become {@code compile} findings and the other
 * checks run on what the parsers could read. A rule file no parser could read at all leaves the checks that need
 * every rule (empty criteria, all-zero weights, band coverage, conditions that never fire) undone, and an
 * {@code incomplete} finding says so.
 *
 * <p>The never-fires check reads conditions as text, through the calls that read answers; a condition that asks for
 * an unknown item only under {@code not} or inside a count can still fire, and is reported all the same.
 */
public final class Lint {
    private static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(
                    Problem::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::check);

    private Lint() {}

    /** Checks an edition's rule files. Builds them three times: as scoring does, and with each DRL parser. */
    public static LintReport check(EditionSource source) {
        List<Problem> loaderProblems = loaderProblems(source);
        ParserBuild classic = ParserBuild.classic(source);
        ParserBuild antlr4 = ParserBuild.antlr4(source);
        Declarations declarations = Declarations.read(source, classic, antlr4);

        List<Problem> findings = new ArrayList<>();
        loaderProblems.stream()
                .filter(Lint::isCompileError)
                .map(p -> withItemCode(p, declarations))
                .forEach(findings::add);
        findings.addAll(ItemChecks.check(declarations));
        findings.addAll(WeightChecks.check(declarations));
        findings.addAll(BandChecks.check(declarations));
        findings.addAll(ParserChecks.compare(source, classic, antlr4));
        findings.addAll(uncoveredLoaderProblems(loaderProblems, findings));
        if (!declarations.complete()) {
            findings.add(incomplete(declarations));
        }
        findings.sort(IN_FILE_ORDER);
        boolean compiles = loaderProblems.stream().noneMatch(Lint::isCompileError);
        return new LintReport(
                source.id(),
                source.hash(),
                compiles,
                declarations.items().size(),
                declarations.criteria().size(),
                declarations.bands().size(),
                findings);
    }

    /**
     * Checks an edition's rule files, then samples against it as {@link #check(Edition, AssessmentSet...)} does. An
     * edition that compiles but does not load gets one note that its samples were not checked; the findings about
     * samples come last.
     */
    public static LintReport check(EditionSource source, List<AssessmentSet> samples) {
        LintReport report = check(source);
        if (samples.isEmpty() || !report.compiles()) {
            return report;
        }
        Edition edition;
        try {
            edition = EditionLoader.load(source);
        } catch (EditionException e) {
            return report.with(List.of(Check.UNKNOWN_ANSWER.about(
                    null, null, Severity.INFO, "samples not checked: the edition does not load")));
        }
        return report.with(check(edition, samples.toArray(AssessmentSet[]::new)));
    }

    /**
     * Checks samples against an edition that loads: answers for item codes it does not have. Each sample is named by
     * its assessment set's id.
     */
    public static List<Problem> check(Edition edition, AssessmentSet... samples) {
        List<Problem> findings = new ArrayList<>();
        for (AssessmentSet sample : samples) {
            findings.addAll(SampleChecks.check(edition, sample));
        }
        return findings;
    }

    /** What stops the edition loading as scoring loads it: compile errors, then contradicting declarations. */
    private static List<Problem> loaderProblems(EditionSource source) {
        try {
            EditionLoader.load(source);
            return List.of();
        } catch (EditionException e) {
            return e.problems();
        }
    }

    private static boolean isCompileError(Problem problem) {
        return Check.COMPILE.id().equals(problem.check());
    }

    /** Compile messages name the rule; an item's code is added so that every finding about an item names it. */
    private static Problem withItemCode(Problem problem, Declarations declarations) {
        if (problem.item() != null || problem.rule() == null) {
            return problem;
        }
        return declarations.items().stream()
                .filter(i -> i.name().equals(problem.rule()))
                .findFirst()
                .map(i -> new Problem(
                        problem.severity(),
                        problem.file(),
                        problem.line(),
                        problem.column(),
                        problem.rule(),
                        i.text("code"),
                        problem.check(),
                        problem.message()))
                .orElse(problem);
    }

    /** The loader's own objections that no lint check already made about the same rule. */
    private static List<Problem> uncoveredLoaderProblems(List<Problem> loaderProblems, List<Problem> findings) {
        Set<String> rulesWithErrors = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR && f.rule() != null)
                .map(Problem::rule)
                .collect(Collectors.toSet());
        return loaderProblems.stream()
                .filter(p -> !isCompileError(p))
                .filter(p -> p.rule() == null || !rulesWithErrors.contains(p.rule()))
                .toList();
    }

    private static Problem incomplete(Declarations declarations) {
        return Check.INCOMPLETE.about(
                null,
                null,
                Severity.INFO,
                "no parser could read " + String.join(", ", declarations.unreadFiles()) + "; the checks that need every"
                        + " rule (empty criteria, all-zero weights, band coverage, conditions that never fire) were"
                        + " not run");
    }
}
