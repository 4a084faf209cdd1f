package org.losi.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.methodology.Edition;

/**
 * {@code tiny} (A) against {@code tiny-next} (B), whose crosswalk keeps P1, rewords C1 as C2, splits X1 into X1a and
 * X1b, adds N1 and drops R1. Like for like, A counts P1, C1, X1 and B counts P1, C2, X1a, X1b:
 *
 * <pre>
 *        all items          common items
 *        A       B          A       B
 *   d1   3/4     3/5        3/3     3/4
 *   d2   1/4     2/5        1/3     1/4
 *   d3   2/4     3/5        2/3     3/4
 *   d4   0/1     1/1        none    none    (only R1 and N1 answered)
 * </pre>
 */
class LikeForLikeTest {
    private static TwoEditions editions;

    @BeforeAll
    static void score() {
        Edition a = Fixtures.edition("tiny");
        Edition b = Fixtures.edition("tiny-next");
        editions = TwoEditions.of(a, Fixtures.score(a, "crosswalk"), b, Fixtures.score(b, "crosswalk"));
    }

    @Test
    void valuesAreComputedAgainOverTheMappedCommonItemsOnly() {
        Comparison comparison = editions.likeForLike().comparison();

        assertThat(comparison.cities())
                .filteredOn(c -> c.presence() == Presence.BOTH)
                .extracting(CityComparison::id, c -> c.a().value(), c -> c.b().value())
                .containsExactlyInAnyOrder(
                        tuple("d1", 1.0, 3.0 / 4), tuple("d2", 1.0 / 3, 1.0 / 4), tuple("d3", 2.0 / 3, 3.0 / 4));
    }

    @Test
    void ranksAndLevelsFollowTheCommonItemValues() {
        Comparison comparison = editions.likeForLike().comparison();

        assertThat(comparison.cities())
                .filteredOn(c -> c.presence() == Presence.BOTH)
                .extracting(CityComparison::id, c -> c.a().rank(), c -> c.b().rank(), c -> c.b().level())
                .containsExactlyInAnyOrder(
                        tuple("d1", 1, 1, "high"), tuple("d3", 2, 1, "high"), tuple("d2", 3, 3, "low"));
        assertThat(comparison.summary().cities()).isEqualTo(3);
    }

    @Test
    void cityWithNoCommonItemAnsweredIsNotAssessedLikeForLike() {
        LikeForLike likeForLike = editions.likeForLike();

        assertThat(likeForLike.comparison().city("d4").orElseThrow().presence()).isEqualTo(Presence.NEITHER);
        assertThat(editions.compare().city("d4").orElseThrow().presence()).isEqualTo(Presence.BOTH);
    }

    @Test
    void likeForLikeNamesTheItemsEachSideCounted() {
        LikeForLike likeForLike = editions.likeForLike();

        assertThat(likeForLike.itemsA()).containsExactly("P1", "C1", "X1");
        assertThat(likeForLike.itemsB()).containsExactly("P1", "C2", "X1a", "X1b");
    }

    @Test
    void overallComparisonKeepsEveryItem() {
        Comparison overall = editions.compare();

        assertThat(overall.city("d1").orElseThrow().a().value()).isCloseTo(3.0 / 4, within(1e-12));
        assertThat(overall.city("d1").orElseThrow().b().value()).isCloseTo(3.0 / 5, within(1e-12));
    }

    @Test
    void whyACityMovedFollowsTheCrosswalk() {
        // d1 met X1 under A; under B it meets X1a but not X1b. N1 is new and missed; R1 was missed and is dropped.
        CityMovement d1 = editions.why("d1");

        assertThat(d1.items())
                .extracting(ItemMove::item, ItemMove::earlier, ItemMove::reason)
                .containsExactly(
                        tuple("X1b", "X1", "split from X1; " + ItemMove.ANSWERS_READ_DIFFERENTLY),
                        tuple("N1", null, "item added"),
                        tuple("R1", null, "item dropped"));
    }
}
