package org.losi.designer.web.review;

import org.losi.designer.web.ApiError;
import org.losi.designer.web.Editions;
import org.losi.engine.history.HistoryException;
import org.losi.engine.methodology.Edition;
import org.losi.engine.regression.ApprovalCommit;
import org.losi.engine.regression.Expectations;
import org.losi.engine.regression.Regression;
import org.losi.engine.regression.Suite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a suite's current results under an edition as its expectations and commits them, as {@code losi approve}
 * does. The edition may be final: expectations are the suite's, not the edition's.
 */
final class Approvals {
    private static final Logger LOG = LoggerFactory.getLogger(Approvals.class);

    private final Editions editions;
    private final SuiteFolder suites;
    private final SuiteRuns runs;

    Approvals(Editions editions, SuiteFolder suites, SuiteRuns runs) {
        this.editions = editions;
        this.suites = suites;
        this.runs = runs;
    }

    /**
     * Records and commits the suite's results under the edition. One approval runs at a time, since each rewrites a
     * file and commits to the repository the suites live in.
     *
     * @throws ApiError 404 for an unknown suite or edition, 400 for a missing field, 422 for an edition that does not
     *     compile, 409 when every case already passes under the rules approved
     */
    synchronized ApprovalView approve(String suiteName, ApprovalRequest request) {
        Suite suite = suites.named(suiteName);
        request.requireComplete();
        Edition edition = editions.compiled(request.edition().strip());
        if (runs.run(suite, edition).nothingToApprove()) {
            throw ApiError.of(
                    409,
                    "nothing-to-approve",
                    "every case of " + suite.name() + " passes under " + edition.id()
                            + " with the rules already approved; there is nothing to approve");
        }
        ApprovalCommit commit = commit(suite, edition, request);
        Expectations recorded = suites.expectations(suite, edition.id());
        LOG.info(
                "{} approved {} under {}: commit {}",
                recorded.approved().by(),
                suite.name(),
                edition.id(),
                commit.commit());
        return new ApprovalView(
                suite.name(),
                edition.id(),
                commit.commit(),
                suites.relative(commit.file()),
                recorded.cases().size(),
                commit.changed(),
                recorded.approved());
    }

    private ApprovalCommit commit(Suite suite, Edition edition, ApprovalRequest request) {
        try {
            return runs.checked(
                    () -> Regression.approve(suite, edition, request.by(), request.emailOrEmpty(), request.message()));
        } catch (HistoryException e) {
            String file = suites.relative(suite.expectations(edition.id()));
            LOG.error("approving {} under {}: {} was written but not committed", suite.name(), edition.id(), file, e);
            throw ApiError.of(
                    500,
                    "commit-failed",
                    file + " was written but could not be committed; the designer's log says why");
        }
    }
}
