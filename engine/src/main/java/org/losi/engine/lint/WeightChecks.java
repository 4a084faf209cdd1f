package org.losi.engine.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;

/** Weights: none may be negative, and a group whose weights are all zero counts for nothing. */
final class WeightChecks {
    private final Declarations declarations;
    private final List<Problem> findings = new ArrayList<>();

    private WeightChecks(Declarations declarations) {
        this.declarations = declarations;
    }

    static List<Problem> check(Declarations declarations) {
        WeightChecks checks = new WeightChecks(declarations);
        checks.negative(declarations.items(), "item");
        checks.negative(declarations.criteria(), "criterion");
        if (declarations.complete()) {
            checks.allZeroWithinCriteria();
            checks.allZeroCriteria();
        }
        return checks.findings;
    }

    private void negative(List<DeclaredRule> rules, String what) {
        for (DeclaredRule rule : rules) {
            double weight = rule.number("weight", 1.0);
            if (weight < 0) {
                findings.add(Check.NEGATIVE_WEIGHT.at(
                        rule,
                        Severity.ERROR,
                        what + " weight is " + rule.metadata().get("weight")
                                + "; a weight must be 0 or more, or values leave [0, 1]"));
            }
        }
    }

    private void allZeroWithinCriteria() {
        Map<String, List<DeclaredRule>> byCriterion = new LinkedHashMap<>();
        for (DeclaredRule item : declarations.items()) {
            if (item.text("criterion") != null) {
                byCriterion
                        .computeIfAbsent(item.text("criterion"), k -> new ArrayList<>())
                        .add(item);
            }
        }
        for (DeclaredRule criterion : declarations.criteria()) {
            List<DeclaredRule> items = byCriterion.getOrDefault(criterion.text("criterion"), List.of());
            if (!items.isEmpty() && items.stream().allMatch(i -> i.number("weight", 1.0) == 0)) {
                findings.add(Check.ZERO_WEIGHTS.at(
                        criterion,
                        Severity.ERROR,
                        "every item of criterion \"" + criterion.text("criterion") + "\" weighs 0 ("
                                + String.join(
                                        ", ",
                                        items.stream().map(i -> i.text("code")).toList())
                                + "): the criterion's share is never defined and its items never count"));
            }
        }
    }

    /** Criterion weights matter to mean-of-criteria only; under share-of-items all zero is odd, not fatal. */
    private void allZeroCriteria() {
        List<DeclaredRule> criteria = declarations.criteria();
        if (criteria.isEmpty() || !criteria.stream().allMatch(c -> c.number("weight", 1.0) == 0)) {
            return;
        }
        String aggregation = declarations.editionPolicy("aggregation");
        boolean matters = Aggregation.MEAN_OF_CRITERIA.word().equals(aggregation);
        findings.add(Check.ZERO_WEIGHTS.at(
                criteria.get(0),
                matters ? Severity.ERROR : Severity.WARNING,
                "every criterion weighs 0"
                        + (matters
                                ? ": under mean-of-criteria every city's value is 0"
                                : "; the edition aggregates by share-of-items, which does not read criterion weights,"
                                        + " but a fork switching to mean-of-criteria would score every city 0")));
    }
}
