package org.losi.engine.compare.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.losi.engine.compare.Fixtures;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.methodology.Edition;

/**
 * The five cities under {@code tiny}: values 3/4, 2/4, 2/4, 1/3, 0 and ranks 1, 2, 2, 4, 5. Without one item:
 *
 * <pre>
 *   without   c1    c2    c3    c4    c5     ranks          shifts       max  mean
 *   P1        2/3   1/3   2/3   0/2   0/3    1, 3, 1, 4, 4  0 1 1 0 1    1    0.6
 *   C1        2/3   1/3   1/3   1/2   0/3    1, 3, 3, 2, 5  0 1 1 2 0    2    0.8
 *   X1        2/3   2/3   1/3   1/3   0/3    1, 1, 3, 3, 5  0 1 1 1 0    1    0.6
 *   R1        3/3   2/3   2/3   1/2   0/3    1, 2, 2, 4, 5  0 0 0 0 0    0    0
 * </pre>
 */
class LeaveOneItemOutTest {
    @Test
    void eachItemsShiftsMatchTheRankingWithoutIt() {
        Edition tiny = Fixtures.edition("tiny");

        List<ItemInfluence> influences =
                LeaveOneItemOut.of(OutcomeMatrix.of(tiny, Fixtures.score(tiny, "five-cities")));

        assertThat(influences)
                .extracting(ItemInfluence::item, ItemInfluence::maxShift)
                .containsExactly(tuple("C1", 2), tuple("P1", 1), tuple("X1", 1), tuple("R1", 0));
        assertThat(influences.get(0).meanShift()).isCloseTo(0.8, within(1e-12));
        assertThat(influences.get(1).meanShift()).isCloseTo(0.6, within(1e-12));
        assertThat(influences.get(3).meanShift()).isZero();
    }

    @Test
    void droppingAnItemEveryCityMissedChangesLevelsButNotRanks() {
        // Without R1: c1 goes from 3/4 (high) to 1 (very high), c2 and c3 from 1/2 (middle) to 2/3 (high).
        Edition tiny = Fixtures.edition("tiny");

        List<ItemInfluence> influences =
                LeaveOneItemOut.of(OutcomeMatrix.of(tiny, Fixtures.score(tiny, "five-cities")));

        ItemInfluence r1 = influences.get(3);
        assertThat(r1.levelChanges()).isEqualTo(3);
        assertThat(r1.scoredIn()).isEqualTo(5);
        assertThat(r1.criterion()).isEqualTo("B");
    }
}
