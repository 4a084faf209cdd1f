package org.losi.engine.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.Channel;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.rules.Problem;
import org.losi.engine.scoring.Scorer;
import org.losi.engine.scoring.ScoringException;

/**
 * Scores an edit on a few made-up cities before it is saved: one that gives nothing (no attributes, no answers), one
 * that says yes to every item on every channel, one that says no. A rule that compiles but fails on such a city, say
 * by reading an attribute the city lacks, would stop every sample from scoring.
 */
final class Probes {
    private Probes() {}

    /** The failure of a rule on the probe cities, told as a problem at the rule; empty when every rule holds. */
    static List<Problem> check(Edition edition) {
        try {
            Scorer.score(edition, AssessmentSet.of("probe cities", cities(edition)));
            return List.of();
        } catch (ScoringException e) {
            int line = e.rule() == null
                    ? 0
                    : edition.source()
                            .locate(e.rule())
                            .map(at -> at.getValue().line())
                            .orElse(0);
            return List.of(
                    new Problem(Problem.Severity.ERROR, e.file(), line, 0, e.rule(), null, "scoring", e.getMessage()));
        }
    }

    private static List<Assessment> cities(Edition edition) {
        List<Answer> yes = new ArrayList<>();
        List<Answer> no = new ArrayList<>();
        for (Item item : edition.items()) {
            for (Channel channel : Channel.values()) {
                yes.add(new Answer(item.code(), AnswerValue.YES, channel, null, null, null, null));
            }
            no.add(Answer.of(item.code(), AnswerValue.NO));
        }
        return List.of(
                new Assessment(new CityProfile("probe-empty", null, null, null, null, null, null, Map.of()), List.of()),
                new Assessment(new CityProfile("probe-yes", null, null, null, null, null, null, Map.of()), yes),
                new Assessment(new CityProfile("probe-no", null, null, 0L, "", "", "", Map.of()), no));
    }
}
