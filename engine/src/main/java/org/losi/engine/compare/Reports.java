package org.losi.engine.compare;

import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.ScoreReport;

/** Checks on the score reports that comparisons start from. */
public final class Reports {
    private Reports() {}

    /**
     * Fails unless the report was scored with the edition's rules, as their hashes show.
     *
     * @throws IllegalArgumentException naming both editions and both hashes
     */
    public static void requireScoredWith(Edition edition, ScoreReport report) {
        if (!edition.hash().equals(report.rulesHash())) {
            throw new IllegalArgumentException("the report of edition " + report.edition() + " was scored with rules "
                    + report.rulesHash() + ", not with those of edition " + edition.id() + " (" + edition.hash()
                    + ")");
        }
    }
}
