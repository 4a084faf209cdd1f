package org.losi.engine.compare.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.losi.engine.compare.Fixtures;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.methodology.Edition;

class NextLevelTest {
    private static final Edition TINY = Fixtures.edition("tiny");

    @Test
    void fewestMissedItemsLiftEachCityToTheLevelAbove() {
        // c1 3/4 high: R1 makes 4/4. c2 2/4 middle: X1 (first of two equal weights) makes 3/4, high.
        // c4 1/3 middle: C1 makes 2/3. c5 0 low: P1 makes 1/4, still low (0.25 is low's top), C1 makes 2/4.
        List<LevelGap> gaps = NextLevel.of(OutcomeMatrix.of(TINY, Fixtures.score(TINY, "five-cities")));

        assertThat(gaps)
                .extracting(g -> g.city().id(), LevelGap::nextLevel, LevelGap::items, LevelGap::valueWith)
                .containsExactly(
                        tuple("c1", "very high", List.of("R1"), 1.0),
                        tuple("c2", "high", List.of("X1"), 0.75),
                        tuple("c3", "high", List.of("P1"), 0.75),
                        tuple("c4", "high", List.of("C1"), 2.0 / 3),
                        tuple("c5", "middle", List.of("P1", "C1"), 0.5));
    }

    @Test
    void heavierItemsComeFirst() {
        Edition heavier = Fixtures.variant(
                "tiny",
                "items.drl",
                "@code(\"R1\") @criterion(\"B\") @weight(1)",
                "@code(\"R1\") @criterion(\"B\") @weight(2)");

        List<LevelGap> gaps = NextLevel.of(OutcomeMatrix.of(heavier, Fixtures.score(heavier, "five-cities")));

        // c2 is now 2/5; R1, the heavier of its two missed items, alone makes 4/5, beyond high.
        LevelGap c2 = gaps.stream()
                .filter(g -> g.city().id().equals("c2"))
                .findFirst()
                .orElseThrow();
        assertThat(c2.items()).containsExactly("R1");
        assertThat(c2.nextLevel()).isEqualTo("high");
    }

    @Test
    void cityAtTheTopHasNoNextLevelAndOneOutOfReachHasNoItems() {
        List<LevelGap> top = NextLevel.of(OutcomeMatrix.of(TINY, Fixtures.score(TINY, "even-split")));
        // stuck: P1, C1 and R1 not applicable but counted; meeting X1 gives 1/4, still low.
        List<LevelGap> stuck = NextLevel.of(OutcomeMatrix.of(TINY, Fixtures.score(TINY, "out-of-reach")));

        assertThat(top.get(0).nextLevel()).isNull();
        assertThat(top.get(0).reachable()).isFalse();
        assertThat(stuck.get(0).nextLevel()).isEqualTo("middle");
        assertThat(stuck.get(0).reachable()).isFalse();
        assertThat(stuck.get(0).valueWith()).isNull();
    }
}
