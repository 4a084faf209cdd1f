package org.losi.engine.regression;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.regression.Expectations.Expected;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.CriterionScore;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.ScoreReport;

/**
 * Turns current results into expectations. A case a reviewer already shaped keeps its shape: the fields, criteria
 * and items they listed, with today's values. A new case, or any case of a new file, lists everything.
 */
final class Recorder {
    private final Edition edition;
    private final ScoreReport report;

    Recorder(Edition edition, ScoreReport report) {
        this.edition = edition;
        this.report = report;
    }

    Expectations record(Suite suite, Expectations previous, Expectations.Approval approval) {
        Map<String, Expected> cases = new LinkedHashMap<>();
        for (String city : suite.caseIds()) {
            Expected before = previous == null ? null : previous.cases().get(city);
            cases.put(city, record(report.city(city), before));
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Item item : edition.items()) {
            weights.put(item.code(), item.weight());
        }
        return new Expectations(
                edition.id(),
                edition.hash(),
                approval,
                previous == null ? Expectations.DEFAULT_TOLERANCE : previous.tolerance(),
                weights,
                cases);
    }

    private Expected record(Optional<CityResult> result, Expected before) {
        if (result.isEmpty()) {
            return Expected.notAssessedCity();
        }
        CityResult city = result.get();
        if (before == null || before.expectsNotAssessed()) {
            return new Expected(
                    null,
                    city.value(),
                    Expectations.levelOf(city),
                    city.rank(),
                    criteria(city, null),
                    items(city, null));
        }
        return new Expected(
                null,
                before.value() == null ? null : city.value(),
                before.level() == null ? null : Expectations.levelOf(city),
                before.rank() == null ? null : city.rank(),
                before.criteria() == null ? null : criteria(city, before.criteria()),
                before.items() == null ? null : items(city, before.items()));
    }

    /** Every criterion's share, or only those listed; a listed criterion the edition dropped is dropped too. */
    private static Map<String, Double> criteria(CityResult city, Map<String, Double> listed) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (CriterionScore score : city.criteria()) {
            if (listed == null || listed.containsKey(score.criterion())) {
                shares.put(score.criterion(), score.share());
            }
        }
        return shares;
    }

    /** Every item's outcome in edition order, or only the items listed, in the order they were listed. */
    private static Map<String, Outcome> items(CityResult city, Map<String, Outcome> listed) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        if (listed == null) {
            city.items().forEach(i -> outcomes.put(i.code(), i.outcome()));
            return outcomes;
        }
        for (String code : listed.keySet()) {
            city.item(code).map(ItemResult::outcome).ifPresent(outcome -> outcomes.put(code, outcome));
        }
        return outcomes;
    }
}
