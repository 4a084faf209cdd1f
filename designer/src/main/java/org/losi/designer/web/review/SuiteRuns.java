package org.losi.designer.web.review;

import java.util.List;
import java.util.function.Supplier;
import org.losi.designer.web.ApiError;
import org.losi.designer.web.Editions;
import org.losi.engine.assessment.InputException;
import org.losi.engine.methodology.Edition;
import org.losi.engine.regression.Regression;
import org.losi.engine.regression.Suite;
import org.losi.engine.regression.SuiteRun;
import org.losi.engine.scoring.ScoringException;

/** Runs a suite under editions through the engine's regression, with its failures in the API's terms. */
final class SuiteRuns {
    private final Editions editions;
    private final SuiteFolder suites;

    SuiteRuns(Editions editions, SuiteFolder suites) {
        this.editions = editions;
        this.suites = suites;
    }

    /**
     * Runs the suite under each edition named, or under every edition it has expectations for when none is named.
     * Every edition is compiled before any case is scored, so that one that is unknown or broken fails the request
     * before work is done.
     */
    Runs run(String suiteName, List<String> editionIds) {
        Suite suite = suites.named(suiteName);
        List<String> ids = editionIds.isEmpty() ? suite.editions() : editionIds;
        List<Edition> chosen = ids.stream().distinct().map(editions::compiled).toList();
        List<RunView> runs =
                chosen.stream().map(e -> RunView.of(run(suite, e), e)).toList();
        return new Runs(suite.name(), runs.stream().allMatch(RunView::passed), runs);
    }

    SuiteRun run(Suite suite, Edition edition) {
        return checked(() -> Regression.run(suite, edition));
    }

    /**
     * Calls the engine on a suite: an unreadable cases or expectations file answers 422 {@code invalid-input}, a rule
     * that fails while scoring 422 {@code scoring-failed}.
     */
    <T> T checked(Supplier<T> call) {
        try {
            return call.get();
        } catch (InputException e) {
            throw suites.unreadable(e);
        } catch (ScoringException e) {
            throw ApiError.of(422, "scoring-failed", e.getMessage());
        }
    }

    /**
     * A suite's runs, one per edition.
     *
     * @param passed whether every case of every run passed; true when there was nothing to run
     */
    record Runs(String suite, boolean passed, List<RunView> runs) {}
}
