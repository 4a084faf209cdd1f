package org.losi.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {
    // Five cities; under A, c2 and c3 tie.
    //        c1   c2   c3   c4   c5
    // A     0.9  0.8  0.8  0.5  0.3   averaged ranks 1, 2.5, 2.5, 4, 5
    // B     0.8  0.9  0.6  0.7  0.2   ranks          2, 1,   4,   3, 5
    private static final double[] A = {0.9, 0.8, 0.8, 0.5, 0.3};
    private static final double[] B = {0.8, 0.9, 0.6, 0.7, 0.2};

    @Test
    void spearmanIsPearsonOfAveragedRanksWhenValuesTie() {
        // Both rank means are 3. Deviations: A -2, -0.5, -0.5, 1, 2; B -1, -2, 1, 0, 2.
        // Sum of products 2 + 1 - 0.5 + 0 + 4 = 6.5; sums of squares 9.5 and 10.
        double expected = 6.5 / Math.sqrt(9.5 * 10);

        assertThat(RankCorrelation.spearman(A, B)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void kendallTauBDiscountsThePairTiedOnOneSide() {
        // Of the 10 pairs, (c2, c3) is tied under A; (c1, c2) and (c3, c4) are discordant; the other 7 concordant.
        // tau-b = (7 - 2) / sqrt((10 - 1) * (10 - 0)).
        double expected = 5 / Math.sqrt(9 * 10);

        assertThat(RankCorrelation.kendallTauB(A, B)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void sameOrderGivesOneAndReversedOrderMinusOne() {
        double[] reversed = {0.1, 0.2, 0.3, 0.4, 0.5};
        double[] upward = {1, 2, 3, 4, 5};

        assertThat(RankCorrelation.spearman(upward, upward)).isEqualTo(1.0);
        assertThat(RankCorrelation.kendallTauB(upward, upward)).isEqualTo(1.0);
        assertThat(RankCorrelation.spearman(upward, new double[] {5, 4, 3, 2, 1}))
                .isEqualTo(-1.0);
        assertThat(RankCorrelation.kendallTauB(reversed, upward)).isEqualTo(1.0);
    }

    @Test
    void correlationIsUndefinedWhenOneSideTiesEveryCity() {
        double[] flat = {0.5, 0.5, 0.5};
        double[] spread = {0.1, 0.2, 0.3};

        assertThat(RankCorrelation.spearman(flat, spread)).isNaN();
        assertThat(RankCorrelation.kendallTauB(flat, spread)).isNaN();
        assertThat(RankCorrelation.spearman(new double[] {1}, new double[] {1})).isNaN();
    }

    @Test
    void sidesOfDifferentLengthsAreRefusedWithBothLengths() {
        assertThatThrownBy(() -> RankCorrelation.spearman(new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 2 and 3");
    }
}
