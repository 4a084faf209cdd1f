package org.losi.designer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losi.engine.regression.CaseResult;
import org.losi.engine.regression.Coverage;
import org.losi.engine.regression.Expectations;
import org.losi.engine.regression.SuiteRun;

/** Writes regression runs as a table for people or as JSON, with coverage when it was asked for. */
final class RegressWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int WRAP = 100;

    private final List<SuiteRun> runs;
    private final Map<SuiteRun, Coverage> coverages;

    RegressWriter(List<SuiteRun> runs, Map<SuiteRun, Coverage> coverages) {
        this.runs = runs;
        this.coverages = coverages;
    }

    void table(PrintWriter out) {
        for (SuiteRun run : runs) {
            out.printf("%s under %s: %s%n", run.suite(), run.edition(), tally(run));
            approval(run, out);
            for (CaseResult result : run.cases()) {
                out.printf(
                        "  %s  %s%s%n",
                        result.passed() ? "PASS" : "FAIL",
                        result.city(),
                        result.name().equals(result.city()) ? "" : " (" + result.name() + ")");
                if (!result.passed()) {
                    out.print(result.diff().indent(8));
                }
            }
            if (coverages.containsKey(run)) {
                coverage(coverages.get(run), out);
            }
            out.println();
        }
        long failed = runs.stream().filter(r -> !r.passed()).count();
        out.printf(
                "%s: %s%n",
                LintCommand.count(runs.size(), "suite run"), failed == 0 ? "all passed" : failed + " failed");
    }

    private static String tally(SuiteRun run) {
        int failed = run.failures().size();
        return LintCommand.count(run.cases().size(), "case") + ", "
                + (run.cases().size() - failed) + " passed, " + failed + " failed";
    }

    private static void approval(SuiteRun run, PrintWriter out) {
        Expectations expected = run.expectations();
        if (expected == null) {
            out.println("  no expectations yet: record them with losi approve");
            return;
        }
        Expectations.Approval approved = expected.approved();
        if (approved != null) {
            out.printf("  approved by %s at %s: %s%n", approved.by(), approved.at(), approved.message());
        }
        if (run.rulesChangedSinceApproval()) {
            out.printf("  the rules changed since: %s now, %s approved%n", run.rulesHash(), expected.rulesHash());
        }
    }

    private static void coverage(Coverage coverage, PrintWriter out) {
        out.printf(
                "  coverage: %s, %s%n",
                LintCommand.count(coverage.items(), "item"), LintCommand.count(coverage.cases(), "case"));
        listed("never met", coverage.neverMet(), out);
        listed("never missed", coverage.neverMissed(), out);
        listed("never answered", coverage.neverAnswered(), out);
    }

    private static void listed(String what, List<String> codes, PrintWriter out) {
        StringBuilder line =
                new StringBuilder("    " + what + " (" + codes.size() + ")" + (codes.isEmpty() ? "" : ":"));
        for (String code : codes) {
            if (line.length() + code.length() + 1 > WRAP) {
                out.println(line);
                line = new StringBuilder("     ");
            }
            line.append(' ').append(code);
        }
        out.println(line);
    }

    void json(PrintWriter out) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (SuiteRun run : runs) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("suite", run.suite());
            entry.put("edition", run.edition());
            entry.put("passed", run.passed());
            entry.put("rulesHash", run.rulesHash());
            if (run.expectations() != null) {
                entry.put("approvedRulesHash", run.expectations().rulesHash());
                entry.put("approved", run.expectations().approved());
            }
            entry.put(
                    "cases", run.cases().stream().map(RegressWriter::caseEntry).toList());
            if (coverages.containsKey(run)) {
                entry.put("coverage", coverages.get(run));
            }
            shown.add(entry);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("passed", runs.stream().allMatch(SuiteRun::passed));
        all.put("runs", shown);
        try {
            out.println(JSON.writeValueAsString(all));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the regression runs as JSON", e);
        }
    }

    private static Map<String, Object> caseEntry(CaseResult result) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("city", result.city());
        entry.put("name", result.name());
        entry.put("passed", result.passed());
        if (!result.passed()) {
            entry.put("differences", result.differences());
            entry.put("diff", result.diff());
        }
        return entry;
    }
}
