package org.losi.engine.compare.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.losi.engine.compare.Levels;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.compare.Ranks;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.scoring.CityResult;

/**
 * Ranks a report's cities under many random weightings of its edition and says, per city, how far its rank and level
 * held. Each draw multiplies every weight by its own factor, uniform in {@code [1 - spread, 1 + spread]}.
 *
 * <p>The same report, perturbation and seed give the same figures on any thread: each run draws from a generator of
 * its own, in a fixed order. The loop over draws works on primitive arrays and allocates nothing.
 *
 * <p>Each draw's values are rounded to {@value #DECIMALS} decimals before they are banded and ranked: weighted sums
 * of the same items in another order can differ in the last bits, and without rounding a city exactly on a cut-off
 * (2 of 4 items, say) would leave its level by rounding error alone, and cities of equal value would stop tying.
 */
public final class MonteCarlo {
    /** Cities times draws above this would hold too many ranks in memory. */
    public static final long MAX_RANKS = 50_000_000L;

    /** The decimals a draw's values are rounded to before banding and ranking. */
    public static final int DECIMALS = 12;

    private static final double SCALE = 1e12;

    private final OutcomeMatrix matrix;
    private final Perturbation perturbation;
    private final Aggregation aggregation;
    private final double[] baseItems;
    private final double[] baseCriteria;

    private MonteCarlo(OutcomeMatrix matrix, Perturbation perturbation) {
        this.matrix = matrix;
        this.perturbation = perturbation;
        this.aggregation = matrix.edition().aggregation();
        this.baseItems = matrix.itemWeights();
        this.baseCriteria = matrix.criterionWeights();
    }

    /**
     * Runs the draws.
     *
     * @throws IllegalArgumentException if cities times draws exceeds {@link #MAX_RANKS}
     */
    public static MonteCarloResult run(OutcomeMatrix matrix, Perturbation perturbation) {
        long ranks = (long) matrix.cities() * perturbation.draws();
        if (ranks > MAX_RANKS) {
            throw new IllegalArgumentException(perturbation.draws() + " draws over " + matrix.cities()
                    + " cities would keep " + ranks + " ranks; at most " + MAX_RANKS + ": use fewer draws");
        }
        return new MonteCarlo(matrix, perturbation).run();
    }

    private MonteCarloResult run() {
        int cities = matrix.cities();
        int draws = perturbation.draws();
        Levels levels = matrix.levels();
        int[] baseLevel = new int[cities];
        for (int c = 0; c < cities; c++) {
            baseLevel[c] = levels.indexOf(matrix.city(c).level());
        }
        int[][] ranks = new int[cities][draws];
        int[] stays = new int[cities];
        SplittableRandom random = new SplittableRandom(perturbation.seed());
        double[] factors =
                new double[perturbation.over() == Perturbation.Over.ITEMS ? matrix.items() : matrix.criteria()];
        double[] items = baseItems.clone();
        double[] criteria = baseCriteria.clone();
        double[] values = new double[cities];
        double[] scratch = new double[cities];
        int[] drawRanks = new int[cities];
        OutcomeMatrix.Evaluator evaluator = matrix.evaluator();
        for (int d = 0; d < draws; d++) {
            draw(random, factors);
            weigh(factors, items, criteria);
            evaluator.values(items, criteria, aggregation, values);
            round(values);
            Ranks.competition(values, drawRanks, scratch);
            for (int c = 0; c < cities; c++) {
                ranks[c][d] = drawRanks[c];
                stays[c] += levels.indexOf(values[c]) == baseLevel[c] ? 1 : 0;
            }
        }
        return result(ranks, stays);
    }

    private static void round(double[] values) {
        for (int c = 0; c < values.length; c++) {
            values[c] = Math.rint(values[c] * SCALE) / SCALE;
        }
    }

    private void draw(SplittableRandom random, double[] factors) {
        double spread = perturbation.spread();
        for (int k = 0; k < factors.length; k++) {
            factors[k] = 1 - spread + 2 * spread * random.nextDouble();
        }
    }

    private void weigh(double[] factors, double[] items, double[] criteria) {
        if (perturbation.over() == Perturbation.Over.ITEMS) {
            for (int i = 0; i < items.length; i++) {
                items[i] = baseItems[i] * factors[i];
            }
        } else if (aggregation == Aggregation.MEAN_OF_CRITERIA) {
            for (int c = 0; c < criteria.length; c++) {
                criteria[c] = baseCriteria[c] * factors[c];
            }
        } else {
            for (int i = 0; i < items.length; i++) {
                items[i] = baseItems[i] * factors[matrix.criterionOf(i)];
            }
        }
    }

    private MonteCarloResult result(int[][] ranks, int[] stays) {
        List<CityStability> cities = new ArrayList<>(ranks.length);
        for (int c = 0; c < ranks.length; c++) {
            int[] sorted = ranks[c];
            Arrays.sort(sorted);
            CityResult city = matrix.city(c);
            cities.add(new CityStability(
                    city.city(),
                    city.value(),
                    city.level(),
                    city.rank(),
                    Percentiles.median(sorted),
                    Percentiles.nearestRank(sorted, 5),
                    Percentiles.nearestRank(sorted, 95),
                    (double) stays[c] / sorted.length));
        }
        return new MonteCarloResult(matrix.edition().id(), aggregation.word(), perturbation, cities);
    }
}
