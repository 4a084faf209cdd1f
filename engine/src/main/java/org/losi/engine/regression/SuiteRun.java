package org.losi.engine.regression;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.losi.engine.scoring.ScoreReport;

/**
 * A suite run under one edition: each case passed or failed with its differences.
 *
 * @param rulesHash the hash of the rules the cases were scored with
 * @param expectations what the cases were checked against; null when the suite has none for this edition yet
 */
public record SuiteRun(
        String suite,
        String edition,
        String rulesHash,
        Expectations expectations,
        List<CaseResult> cases,
        @JsonIgnore ScoreReport report) {

    public SuiteRun {
        cases = List.copyOf(cases);
    }

    public boolean passed() {
        return cases.stream().allMatch(CaseResult::passed);
    }

    public List<CaseResult> failures() {
        return cases.stream().filter(c -> !c.passed()).toList();
    }

    /** Whether approving would record nothing new: every case passes under the rules already approved. */
    public boolean nothingToApprove() {
        return passed() && expectations != null && !rulesChangedSinceApproval();
    }

    /** Whether the rules differ from those the expectations were approved under; alone, no reason to fail. */
    public boolean rulesChangedSinceApproval() {
        return expectations != null && !rulesHash.equals(expectations.rulesHash());
    }
}
