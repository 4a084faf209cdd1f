package org.losi.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.ScoreReport;

/**
 * Five cities under {@code tiny} (A) and {@code tiny-revised} (B: P1 weighs 2, C1 counts on the portal only, R1
 * removed, N1 added, the high band starts at 0.6), worked out by hand:
 *
 * <pre>
 *        A value  level   rank   B value  level      rank   shift
 *   c1   3/4      high    1      5/5      very high  1       0
 *   c2   2/4      middle  2      2/5      middle     4      -2
 *   c3   2/4      middle  2      2/5      middle     4      -2
 *   c4   1/3      middle  4      3/4      high       3      +1
 *   c5   0        low     5      0        low        6      -1
 *   c6   not assessed            1/1      very high  1
 * </pre>
 */
class EditionComparisonTest {
    private static TwoEditions editions;

    @BeforeAll
    static void score() {
        Edition a = Fixtures.edition("tiny");
        Edition b = Fixtures.edition("tiny-revised");
        editions = TwoEditions.of(a, Fixtures.score(a, "five-cities"), b, Fixtures.score(b, "five-cities"));
    }

    @Test
    void eachCityHasValueLevelAndRankUnderBothEditionsWithTheShift() {
        Comparison comparison = editions.compare();

        assertThat(comparison.cities())
                .filteredOn(c -> c.presence() == Presence.BOTH)
                .extracting(c -> c.id(), c -> c.a().rank(), c -> c.b().rank(), CityComparison::rankShift)
                .containsExactlyInAnyOrder(
                        tuple("c1", 1, 1, 0),
                        tuple("c2", 2, 4, -2),
                        tuple("c3", 2, 4, -2),
                        tuple("c4", 4, 3, 1),
                        tuple("c5", 5, 6, -1));
        CityComparison c4 = comparison.city("c4").orElseThrow();
        assertThat(c4.valueChange()).isCloseTo(3.0 / 4 - 1.0 / 3, within(1e-12));
        assertThat(c4.a().level()).isEqualTo("middle");
        assertThat(c4.b().level()).isEqualTo("high");
        assertThat(c4.levelChanged()).isTrue();
    }

    @Test
    void cityScoredUnderOneEditionOnlyIsShownAsSuchAndLeftOutOfTheSummary() {
        Comparison comparison = editions.compare();

        CityComparison c6 = comparison.city("c6").orElseThrow();
        assertThat(c6.presence()).isEqualTo(Presence.ONLY_B);
        assertThat(c6.a()).isNull();
        assertThat(c6.rankShift()).isNull();
        assertThat(comparison.summary().cities()).isEqualTo(5);
        assertThat(comparison.summary().onlyB()).isEqualTo(1);
    }

    @Test
    void summaryGivesRankCorrelationsWithTiesMeanShiftAndLevelChanges() {
        // Common cities c1..c5. A's values rank 1, 2.5, 2.5, 4, 5 (c2 and c3 tie); B's rank 1, 3.5, 3.5, 2, 5.
        // Spearman: deviations from 3 are -2, -0.5, -0.5, 1, 2 and -2, 0.5, 0.5, -1, 2; products sum to 6.5 and
        // both sums of squares to 9.5. Kendall: 7 concordant pairs, 2 discordant ((c2, c4) and (c3, c4)), and
        // (c2, c3) tied on both sides: (7 - 2) / sqrt(9 * 9).
        Summary summary = editions.compare().summary();

        assertThat(summary.spearman()).isCloseTo(6.5 / 9.5, within(1e-12));
        assertThat(summary.kendallTauB()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(summary.meanAbsoluteRankShift()).isCloseTo((0 + 2 + 2 + 1 + 1) / 5.0, within(1e-12));
        assertThat(summary.levelChanges()).isEqualTo(2);
    }

    @Test
    void bandTransitionMatrixCountsCitiesEnteringAndLeavingEachLevel() {
        BandTransitions transitions = editions.compare().summary().transitions();

        assertThat(transitions.levels()).containsExactly("very high", "high", "middle", "low");
        assertThat(transitions.count("high", "very high")).isEqualTo(1);
        assertThat(transitions.count("middle", "high")).isEqualTo(1);
        assertThat(transitions.count("middle", "middle")).isEqualTo(2);
        assertThat(transitions.count("low", "low")).isEqualTo(1);
        assertThat(transitions.flows())
                .extracting(
                        BandTransitions.Flow::level,
                        BandTransitions.Flow::before,
                        BandTransitions.Flow::after,
                        BandTransitions.Flow::entering,
                        BandTransitions.Flow::leaving)
                .containsExactly(
                        tuple("very high", 0, 1, 1, 0),
                        tuple("high", 1, 1, 1, 1),
                        tuple("middle", 3, 2, 0, 1),
                        tuple("low", 1, 1, 0, 0));
    }

    @Test
    void largestMoversComeFirstThenLargestValueChange() {
        Comparison movers = editions.compare().sorted(ComparisonOrder.MOVERS);

        // c2 and c3 both lose two places and 0.1; c4 gains one place and 5/12; c5 loses one and nothing in value.
        assertThat(movers.cities()).extracting(CityComparison::id).containsExactly("c2", "c3", "c4", "c5", "c1", "c6");
    }

    @Test
    void rankOrderFollowsTheLaterEditionThenTheEarlier() {
        Comparison byRank = editions.compare().sorted(ComparisonOrder.RANK);

        assertThat(byRank.cities()).extracting(CityComparison::id).containsExactly("c1", "c6", "c4", "c2", "c3", "c5");
    }

    @Test
    void reportScoredWithOtherRulesIsRefusedNamingBothHashes() {
        Edition a = Fixtures.edition("tiny");
        Edition b = Fixtures.edition("tiny-revised");
        ScoreReport underA = Fixtures.score(a, "five-cities");

        assertThatThrownBy(() -> TwoEditions.of(a, underA, b, underA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not with those of edition tiny-revised")
                .hasMessageContaining(a.hash())
                .hasMessageContaining(b.hash());
    }
}
