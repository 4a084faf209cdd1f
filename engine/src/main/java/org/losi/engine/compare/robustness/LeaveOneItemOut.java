package org.losi.engine.compare.robustness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.losi.engine.compare.Levels;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.compare.Ranks;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Item;

/**
 * Drops each item in turn and ranks the cities again on the others, to show which items the ranking leans on. A
 * city whose only scored item is the one dropped keeps a value of 0, as the scorer gives a city whose scored items
 * all weigh nothing.
 */
public final class LeaveOneItemOut {
    private LeaveOneItemOut() {}

    /** Every item's influence, most influential first (largest maximum shift, then mean shift). */
    public static List<ItemInfluence> of(OutcomeMatrix matrix) {
        int cities = matrix.cities();
        Aggregation aggregation = matrix.edition().aggregation();
        double[] weights = matrix.itemWeights();
        double[] criteria = matrix.criterionWeights();
        double[] values = new double[cities];
        double[] scratch = new double[cities];
        int[] ranks = new int[cities];
        OutcomeMatrix.Evaluator evaluator = matrix.evaluator();
        Levels levels = matrix.levels();
        List<ItemInfluence> influences = new ArrayList<>(matrix.items());
        for (int i = 0; i < matrix.items(); i++) {
            double kept = weights[i];
            weights[i] = 0;
            evaluator.values(weights, criteria, aggregation, values);
            weights[i] = kept;
            Ranks.competition(values, ranks, scratch);
            influences.add(influence(matrix, levels, i, values, ranks));
        }
        List<String> order = matrix.edition().items().stream().map(Item::code).toList();
        influences.sort(Comparator.comparingInt(ItemInfluence::maxShift)
                .thenComparingDouble(ItemInfluence::meanShift)
                .reversed()
                .thenComparingInt(influence -> order.indexOf(influence.item())));
        return influences;
    }

    private static ItemInfluence influence(
            OutcomeMatrix matrix, Levels levels, int item, double[] values, int[] ranks) {
        int scoredIn = 0;
        int maxShift = 0;
        long totalShift = 0;
        int levelChanges = 0;
        for (int c = 0; c < matrix.cities(); c++) {
            int shift = Math.abs(matrix.city(c).rank() - ranks[c]);
            maxShift = Math.max(maxShift, shift);
            totalShift += shift;
            scoredIn += matrix.scored(c, item) ? 1 : 0;
            levelChanges +=
                    levels.indexOf(values[c]) != levels.indexOf(matrix.city(c).level()) ? 1 : 0;
        }
        double meanShift = matrix.cities() == 0 ? 0 : (double) totalShift / matrix.cities();
        String criterion = matrix.edition().items().get(item).criterion();
        return new ItemInfluence(matrix.item(item), criterion, scoredIn, maxShift, meanShift, levelChanges);
    }
}
