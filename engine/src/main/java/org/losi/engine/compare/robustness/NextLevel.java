package org.losi.engine.compare.robustness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.losi.engine.compare.Levels;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.Outcome;

/**
 * Per city, the fewest missed items that would lift it to the next level. Meeting a missed item adds to the value
 * without changing any denominator, so taking the items with the largest gain first needs the fewest: under
 * {@code share-of-items} that is the heaviest first. Ties go to the edition's item order.
 */
public final class NextLevel {
    private final OutcomeMatrix matrix;
    private final OutcomeMatrix.Evaluator evaluator;
    private final Levels levels;
    private final Aggregation aggregation;
    private final double[] weights;
    private final double[] criteria;

    private NextLevel(OutcomeMatrix matrix) {
        this.matrix = matrix;
        this.evaluator = matrix.evaluator();
        this.levels = matrix.levels();
        this.aggregation = matrix.edition().aggregation();
        this.weights = matrix.itemWeights();
        this.criteria = matrix.criterionWeights();
    }

    /** Every ranked city's gap to the next level, in ranking order. */
    public static List<LevelGap> of(OutcomeMatrix matrix) {
        NextLevel next = new NextLevel(matrix);
        List<LevelGap> gaps = new ArrayList<>(matrix.cities());
        for (int c = 0; c < matrix.cities(); c++) {
            gaps.add(next.gap(c));
        }
        return gaps;
    }

    private LevelGap gap(int c) {
        CityResult city = matrix.city(c);
        int level = levels.indexOf(city.value());
        int target = levels.above(level);
        if (target == Levels.NONE) {
            return new LevelGap(city.city(), city.value(), city.level(), null, List.of(), null);
        }
        boolean[] met = new boolean[matrix.items()];
        List<String> chosen = new ArrayList<>();
        for (int item : missedByGain(c)) {
            met[item] = true;
            chosen.add(matrix.item(item));
            double value = evaluator.value(c, weights, criteria, aggregation, met);
            if (levels.height(levels.indexOf(value)) >= levels.height(target)) {
                return new LevelGap(city.city(), city.value(), city.level(), levels.name(target), chosen, value);
            }
        }
        return new LevelGap(city.city(), city.value(), city.level(), levels.name(target), List.of(), null);
    }

    private List<Integer> missedByGain(int c) {
        double base = evaluator.value(c, weights, criteria, aggregation);
        boolean[] one = new boolean[matrix.items()];
        List<Integer> missed = new ArrayList<>();
        double[] gains = new double[matrix.items()];
        for (int i = 0; i < matrix.items(); i++) {
            if (matrix.outcome(c, i) == Outcome.MISSED) {
                one[i] = true;
                gains[i] = evaluator.value(c, weights, criteria, aggregation, one) - base;
                one[i] = false;
                missed.add(i);
            }
        }
        missed.sort(Comparator.<Integer>comparingDouble(i -> -gains[i]).thenComparingInt(i -> i));
        return missed;
    }
}
