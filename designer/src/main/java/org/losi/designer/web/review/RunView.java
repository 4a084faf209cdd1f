package org.losi.designer.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.methodology.Edition;
import org.losi.engine.regression.CaseResult;
import org.losi.engine.regression.Coverage;
import org.losi.engine.regression.Expectations;
import org.losi.engine.regression.SuiteRun;

/**
 * One suite run under one edition as a reviewer reads it: pass or fail per case, a failing case's differences, the
 * approval the cases were checked against, and the items the suite never exercises.
 *
 * @param approvedRulesHash the hash of the rules the expectations were approved under; null with no expectations
 * @param rulesChanged whether the rules differ from those approved; alone, no reason to fail
 * @param approved who approved the expectations, when and why; null when none are recorded or none is named
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RunView(
        String suite,
        String edition,
        String editionTitle,
        String status,
        boolean passed,
        Counts counts,
        String rulesHash,
        String approvedRulesHash,
        boolean rulesChanged,
        Expectations.Approval approved,
        List<CaseView> cases,
        Coverage coverage) {

    static RunView of(SuiteRun run, Edition edition) {
        Expectations expectations = run.expectations();
        return new RunView(
                run.suite(),
                edition.id(),
                edition.title(),
                edition.status(),
                run.passed(),
                Counts.of(run),
                run.rulesHash(),
                expectations == null ? null : expectations.rulesHash(),
                run.rulesChangedSinceApproval(),
                expectations == null ? null : expectations.approved(),
                run.cases().stream().map(c -> CaseView.of(c, run, edition)).toList(),
                Coverage.of(run, edition));
    }

    record Counts(int cases, int passed, int failed) {
        static Counts of(SuiteRun run) {
            int failed = run.failures().size();
            return new Counts(run.cases().size(), run.cases().size() - failed, failed);
        }
    }

    /**
     * One case. A case that passed has neither figures nor differences.
     *
     * @param city the city id, which names the case
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CaseView(
            String city,
            String name,
            boolean passed,
            Figures expected,
            Figures actual,
            List<DifferenceView> differences) {

        static CaseView of(CaseResult result, SuiteRun run, Edition edition) {
            if (result.passed()) {
                return new CaseView(result.city(), result.name(), true, null, null, null);
            }
            return new CaseView(
                    result.city(),
                    result.name(),
                    false,
                    Figures.expected(run.expectations(), result.city()),
                    Figures.actual(run.report(), result.city()),
                    result.differences().stream()
                            .map(d -> DifferenceView.of(d, run.report().city(result.city()), edition))
                            .toList());
        }
    }
}
