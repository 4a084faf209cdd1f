package org.losi.engine.compare.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankPercentileTakesThePositionRoundedUp() {
        int[] twenty = IntStream.rangeClosed(1, 20).toArray();

        // 5 % of 20 is position 1, 95 % is position 19.
        assertThat(Percentiles.nearestRank(twenty, 5)).isEqualTo(1);
        assertThat(Percentiles.nearestRank(twenty, 95)).isEqualTo(19);
        // 5 % of 7 is 0.35, rounded up to position 1; 95 % is 6.65, position 7.
        assertThat(Percentiles.nearestRank(new int[] {1, 1, 2, 2, 3, 4, 9}, 5)).isEqualTo(1);
        assertThat(Percentiles.nearestRank(new int[] {1, 1, 2, 2, 3, 4, 9}, 95)).isEqualTo(9);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Percentiles.median(new int[] {1, 2, 3, 7})).isEqualTo(2.5);
        assertThat(Percentiles.median(new int[] {1, 2, 9})).isEqualTo(2.0);
    }
}
