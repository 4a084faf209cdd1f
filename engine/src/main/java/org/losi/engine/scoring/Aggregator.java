package org.losi.engine.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Criterion;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.methodology.ItemPolicy;

/** Turns fired item rules into item outcomes, criterion shares, a value and a level, as the edition declares. */
final class Aggregator {
    private final Edition edition;

    Aggregator(Edition edition) {
        this.edition = edition;
    }

    /** The city's result before ranking, or empty when the edition could score none of its items. */
    Optional<CityResult> aggregate(City city, SettledAnswers answers) {
        List<ItemResult> items = new ArrayList<>(edition.items().size());
        int met = 0;
        int scored = 0;
        for (int i = 0; i < edition.items().size(); i++) {
            ItemResult item = outcome(edition.items().get(i), city.met.get(i), answers);
            items.add(item);
            met += item.met() ? 1 : 0;
            scored += item.scored() ? 1 : 0;
        }
        if (scored == 0) {
            return Optional.empty();
        }
        List<CriterionScore> criteria = criterionScores(items);
        double value = value(items, criteria);
        String level = edition.bandOf(value).map(Band::level).orElse(null);
        return Optional.of(new CityResult(city.profile(), value, level, 0, criteria, met, scored, items));
    }

    private ItemResult outcome(Item item, boolean met, SettledAnswers answers) {
        Outcome outcome = met ? Outcome.MET : unmet(item, answers);
        String rule = item.declared().rule();
        List<Disagreement> disagreements = disagreementsOf(item, answers);
        return switch (outcome) {
            case MET, MISSED ->
                new ItemResult(item.code(), item.criterion(), outcome, true, item.weight(), rule, null, disagreements);
            case NOT_APPLICABLE -> withPolicy(item, outcome, "notApplicable", item.notApplicable(), disagreements);
            case NOT_ASSESSED -> withPolicy(item, outcome, "notAssessed", edition.notAssessed(), disagreements);
        };
    }

    private static List<Disagreement> disagreementsOf(Item item, SettledAnswers answers) {
        List<Disagreement> found = List.of();
        for (String code : item.reads()) {
            List<Disagreement> more = answers.disagreementsOf(code);
            if (!more.isEmpty()) {
                found = found.isEmpty() ? new ArrayList<>() : found;
                found.addAll(more);
            }
        }
        return found;
    }

    private static ItemResult withPolicy(
            Item item, Outcome outcome, String key, ItemPolicy policy, List<Disagreement> disagreements) {
        return new ItemResult(
                item.code(),
                item.criterion(),
                outcome,
                policy == ItemPolicy.ZERO,
                item.weight(),
                item.declared().rule(),
                key + "=" + policy.word(),
                disagreements);
    }

    /** An item whose rule did not fire is missed if any answer it reads was settled, else as its answers say. */
    private static Outcome unmet(Item item, SettledAnswers answers) {
        boolean notApplicable = false;
        for (String code : item.reads()) {
            for (AnswerValue value : answers.valuesOf(code)) {
                if (value == null) {
                    continue;
                }
                if (value == AnswerValue.YES || value == AnswerValue.NO) {
                    return Outcome.MISSED;
                }
                notApplicable |= value == AnswerValue.NOT_APPLICABLE;
            }
        }
        return notApplicable ? Outcome.NOT_APPLICABLE : Outcome.NOT_ASSESSED;
    }

    private List<CriterionScore> criterionScores(List<ItemResult> items) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Criterion criterion : edition.criteria()) {
            sums.put(criterion.code(), new double[2]);
            counts.put(criterion.code(), new int[2]);
        }
        for (ItemResult item : items) {
            if (item.scored()) {
                double[] sum = sums.get(item.criterion());
                int[] count = counts.get(item.criterion());
                sum[0] += item.met() ? item.weight() : 0;
                sum[1] += item.weight();
                count[0] += item.met() ? 1 : 0;
                count[1]++;
            }
        }
        List<CriterionScore> scores = new ArrayList<>();
        for (Criterion criterion : edition.criteria()) {
            double[] sum = sums.get(criterion.code());
            int[] count = counts.get(criterion.code());
            Double share = sum[1] > 0 ? sum[0] / sum[1] : null;
            scores.add(new CriterionScore(criterion.code(), criterion.name(), share, count[0], count[1]));
        }
        return scores;
    }

    private double value(List<ItemResult> items, List<CriterionScore> criteria) {
        if (edition.aggregation() == Aggregation.MEAN_OF_CRITERIA) {
            return meanOfCriteria(criteria);
        }
        double met = 0;
        double scored = 0;
        for (ItemResult item : items) {
            if (item.scored()) {
                met += item.met() ? item.weight() : 0;
                scored += item.weight();
            }
        }
        return scored > 0 ? met / scored : 0;
    }

    private double meanOfCriteria(List<CriterionScore> criteria) {
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Double share = criteria.get(i).share();
            double weight = edition.criteria().get(i).weight();
            if (share != null) {
                weighted += weight * share;
                weights += weight;
            }
        }
        return weights > 0 ? weighted / weights : 0;
    }
}
