package org.losi.designer.web.analysis;

import org.losi.designer.web.Scores;

/** Where the analyses get a sample scored under an edition: in the designer, the cache the scores pages use too. */
@FunctionalInterface
public interface ScoredSamples {
    /**
     * The sample scored under the edition, with the assessments it was read from.
     *
     * @throws org.losi.designer.web.ApiError 404 for an unknown edition or sample, 400 for a sample name outside the
     *     samples folder, 422 for an edition that does not compile or a sample that cannot be read or scored
     */
    Scores.Scored score(String edition, String sample);
}
