package org.losi.engine.compare.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.losi.engine.compare.Fixtures;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.compare.robustness.Perturbation.Over;
import org.losi.engine.methodology.Edition;

/**
 * Four cities under {@code tiny} averaging criteria A and B with equal weights: "top" meets every item, "bottom" none,
 * "x" every item of A and "y" every item of B. With factors fA and fB on the criterion weights, x's value is
 * fA / (fA + fB) and y's is fB / (fA + fB): x ranks second exactly when fA &gt; fB, half of the time, and both sit
 * at 0.5, the top of "middle", so each stays in its level exactly when the other does not.
 */
class MonteCarloTest {
    private static final Edition EVEN = Fixtures.variant(
            "tiny",
            "edition.drl",
            "@aggregation(\"share-of-items\")",
            "@aggregation(\"mean-of-criteria\")",
            "@name(\"Benefits\") @weight(3)",
            "@name(\"Benefits\") @weight(1)");
    private static final OutcomeMatrix MATRIX = OutcomeMatrix.of(EVEN, Fixtures.score(EVEN, "even-split"));

    @Test
    void citiesNoWeightingCanMoveKeepTheirRankAndLevelInEveryDraw() {
        MonteCarloResult result = MonteCarlo.run(MATRIX, new Perturbation(Over.CRITERIA, 0.2, 1000, 1));

        CityStability top = result.city("top").orElseThrow();
        CityStability bottom = result.city("bottom").orElseThrow();
        assertThat(List.of(top.medianRank(), (double) top.lowRank(), (double) top.highRank(), top.stayProbability()))
                .containsExactly(1.0, 1.0, 1.0, 1.0);
        assertThat(List.of(bottom.medianRank(), (double) bottom.lowRank(), (double) bottom.highRank()))
                .containsExactly(4.0, 4.0, 4.0);
    }

    @Test
    void citiesWhoseOrderDependsOnTheWeightsSpanBothRanksAndShareTheChanceToStay() {
        MonteCarloResult result = MonteCarlo.run(MATRIX, new Perturbation(Over.CRITERIA, 0.2, 1000, 1));

        CityStability x = result.city("x").orElseThrow();
        CityStability y = result.city("y").orElseThrow();
        assertThat(x.rank()).isEqualTo(2);
        assertThat(x.lowRank()).isEqualTo(2);
        assertThat(x.highRank()).isEqualTo(3);
        assertThat(x.stayProbability() + y.stayProbability()).isEqualTo(1.0);
        assertThat(x.stayProbability()).isBetween(0.45, 0.55);
    }

    @Test
    void cityExactlyOnACutOffStaysWhenItsValueCannotMove() {
        // Under tiny, which weighs items alone, c3 meets one item of A and one of B out of two each: whatever the
        // criterion factors fA and fB, its value is (fA + fB) / (2 fA + 2 fB) = 1/2, the top of "middle".
        Edition tiny = Fixtures.edition("tiny");
        OutcomeMatrix matrix = OutcomeMatrix.of(tiny, Fixtures.score(tiny, "five-cities"));

        MonteCarloResult result = MonteCarlo.run(matrix, new Perturbation(Over.CRITERIA, 0.2, 1000, 1));

        assertThat(result.city("c3").orElseThrow().level()).isEqualTo("middle");
        assertThat(result.city("c3").orElseThrow().stayProbability()).isEqualTo(1.0);
    }

    @Test
    void zeroSpreadReproducesTheEditionsRanking() {
        MonteCarloResult result = MonteCarlo.run(MATRIX, new Perturbation(Over.ITEMS, 0, 50, 7));

        for (CityStability city : result.cities()) {
            assertThat(city.medianRank()).as(city.city().id()).isEqualTo(city.rank());
            assertThat(city.lowRank()).isEqualTo(city.rank());
            assertThat(city.highRank()).isEqualTo(city.rank());
            assertThat(city.stayProbability()).isEqualTo(1.0);
        }
    }

    @Test
    void sameSeedGivesTheSameFiguresOnAnyThread() throws Exception {
        Perturbation perturbation = new Perturbation(Over.CRITERIA, 0.5, 400, 42);
        MonteCarloResult here = MonteCarlo.run(MATRIX, perturbation);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<MonteCarloResult>> elsewhere = new ArrayList<>();

        try {
            for (int i = 0; i < 3; i++) {
                elsewhere.add(pool.submit(() -> MonteCarlo.run(MATRIX, perturbation)));
            }
            for (Future<MonteCarloResult> result : elsewhere) {
                assertThat(result.get()).isEqualTo(here);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anotherSeedDrawsOtherWeights() {
        MonteCarloResult one = MonteCarlo.run(MATRIX, new Perturbation(Over.CRITERIA, 0.5, 400, 1));
        MonteCarloResult two = MonteCarlo.run(MATRIX, new Perturbation(Over.CRITERIA, 0.5, 400, 2));

        assertThat(one.city("x").orElseThrow().stayProbability())
                .isNotEqualTo(two.city("x").orElseThrow().stayProbability());
    }

    @Test
    void criterionFactorsUnderShareOfItemsScaleEachCriterionsItems() {
        // tiny weighs items alone; a criterion's factor must still move x (A's items) against y (B's items).
        Edition tiny = Fixtures.edition("tiny");
        OutcomeMatrix matrix = OutcomeMatrix.of(tiny, Fixtures.score(tiny, "even-split"));

        MonteCarloResult result = MonteCarlo.run(matrix, new Perturbation(Over.CRITERIA, 0.2, 200, 3));

        assertThat(result.city("x").orElseThrow().lowRank()).isEqualTo(2);
        assertThat(result.city("x").orElseThrow().highRank()).isEqualTo(3);
    }

    @Test
    void spreadOutsideZeroToOneAndTooManyRanksAreRefusedQuotingTheValue() {
        assertThatThrownBy(() -> new Perturbation(Over.ITEMS, 1.5, 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spread is 1.5; expected a number from 0 to 1");
        assertThatThrownBy(() -> new Perturbation(Over.ITEMS, 0.2, 0, 1)).hasMessageContaining("draws is 0");
    }
}
