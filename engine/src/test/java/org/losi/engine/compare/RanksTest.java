package org.losi.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RanksTest {
    @Test
    void competitionRanksShareTheRankOfEqualValuesAndSkipTheNext() {
        double[] values = {0.5, 0.9, 0.5, 0.1};
        int[] ranks = new int[4];

        Ranks.competition(values, ranks, new double[4]);

        assertThat(ranks).containsExactly(2, 1, 2, 4);
    }

    @Test
    void averagedRanksGiveTiedValuesTheMeanOfTheirPlaces() {
        double[] values = {0.5, 0.9, 0.5, 0.1, 0.5};

        assertThat(Ranks.averaged(values)).containsExactly(3.0, 1.0, 3.0, 5.0, 3.0);
    }

    @Test
    void valuesLeftOutGetRankZeroAndDoNotCount() {
        double[] values = {0.2, 0.9, 0.5};

        int[] ranks = Ranks.competition(values, new boolean[] {true, false, true});

        assertThat(ranks).containsExactly(2, 0, 1);
    }
}
