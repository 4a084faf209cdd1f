package org.losi.designer.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.regression.Expectations;
import org.losi.engine.regression.Suite;

/**
 * A suite in the list: its cases and, per edition it has expectations for, who approved them, when and why.
 *
 * @param cases how many cities {@code cases.json} assesses
 */
record SuiteView(String name, int cases, List<Approved> editions) {

    static SuiteView of(Suite suite, SuiteFolder folder) {
        List<Approved> editions = suite.editions().stream()
                .map(id -> Approved.of(id, folder.expectations(suite, id)))
                .toList();
        return new SuiteView(suite.name(), suite.caseIds().size(), editions);
    }

    /**
     * The expectations for one edition.
     *
     * @param rulesHash the hash of the rules they were approved under
     * @param approved null when the file names no approver, as a hand-written one may not
     * @param cases how many cases the file holds expectations for
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Approved(String edition, String rulesHash, Expectations.Approval approved, int cases) {
        static Approved of(String edition, Expectations expectations) {
            return new Approved(
                    edition,
                    expectations.rulesHash(),
                    expectations.approved(),
                    expectations.cases().size());
        }
    }
}
