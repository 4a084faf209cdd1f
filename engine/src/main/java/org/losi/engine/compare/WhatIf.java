package org.losi.engine.compare;

import java.util.Map;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Criterion;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.ScoreReport;

/**
 * Ranks a report's cities again with other weights or another aggregation, without saving an edition or running
 * the rules: item outcomes do not depend on weights, so the values follow from the report alone.
 */
public final class WhatIf {
    /** The label of the changed ranking in its comparison with the edition's. */
    public static final String LABEL = "what-if";

    private WhatIf() {}

    /**
     * The report's cities under changed weights.
     *
     * @param criterionWeights new weights by criterion code; they count only when criteria are averaged
     * @param itemWeights new weights by item code
     * @param aggregation the aggregation to use, or null for the edition's
     * @throws IllegalArgumentException naming a code the edition lacks, a weight that is negative or not a number,
     *     or criterion weights where the aggregation ignores them
     */
    public static WhatIfResult apply(
            Edition edition,
            ScoreReport report,
            Map<String, Double> criterionWeights,
            Map<String, Double> itemWeights,
            Aggregation aggregation) {
        Aggregation used = aggregation == null ? edition.aggregation() : aggregation;
        OutcomeMatrix matrix = OutcomeMatrix.of(edition, report);
        double[] criteria = criterionWeights(edition, matrix, criterionWeights, used);
        double[] items = itemWeights(edition, matrix, itemWeights);
        Standings changed = matrix.standings(LABEL, items, criteria, used, matrix.allItems());
        Comparison comparison = Comparison.between(
                Standings.of(report),
                changed,
                edition.bands().stream().map(Band::level).toList());
        return new WhatIfResult(edition.id(), used.word(), criterionWeights, itemWeights, changed, comparison);
    }

    private static double[] criterionWeights(
            Edition edition, OutcomeMatrix matrix, Map<String, Double> changed, Aggregation aggregation) {
        if (!changed.isEmpty() && aggregation != Aggregation.MEAN_OF_CRITERIA) {
            throw new IllegalArgumentException("criterion weights " + changed + " count only when criteria are"
                    + " averaged (" + Aggregation.MEAN_OF_CRITERIA.word() + "); edition " + edition.id()
                    + " aggregates " + aggregation.word() + ", which weighs items alone");
        }
        double[] weights = matrix.criterionWeights();
        changed.forEach((code, weight) -> {
            int index =
                    edition.criteria().stream().map(Criterion::code).toList().indexOf(code);
            if (index < 0) {
                throw new IllegalArgumentException("\"" + code + "\" is not a criterion of edition " + edition.id()
                        + "; its criteria: "
                        + String.join(
                                ", ",
                                edition.criteria().stream().map(Criterion::code).toList()));
            }
            weights[index] = checked(code, weight);
        });
        return weights;
    }

    private static double[] itemWeights(Edition edition, OutcomeMatrix matrix, Map<String, Double> changed) {
        double[] weights = matrix.itemWeights();
        changed.forEach((code, weight) -> {
            int index = matrix.itemIndex(code);
            if (index < 0) {
                throw new IllegalArgumentException("\"" + code + "\" is not an item of edition " + edition.id()
                        + " (it has " + matrix.items() + " items)");
            }
            weights[index] = checked(code, weight);
        });
        return weights;
    }

    private static double checked(String code, Double weight) {
        if (weight == null || !Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException(
                    "the weight of " + code + " is " + weight + "; expected a number of 0 or more");
        }
        return weight;
    }
}
