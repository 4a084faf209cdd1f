package org.losi.designer.web.review;

import java.util.List;
import org.losi.engine.regression.Expectations;

/**
 * What an approval recorded and committed.
 *
 * @param commit the id of the commit that holds the expectations
 * @param file the expectations file, relative to the samples folder
 * @param cases how many cases the expectations now hold
 * @param changed the cases that did not pass before the approval
 */
record ApprovalView(
        String suite,
        String edition,
        String commit,
        String file,
        int cases,
        List<String> changed,
        Expectations.Approval approved) {}
