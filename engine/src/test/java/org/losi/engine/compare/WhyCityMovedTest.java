package org.losi.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionDiff.Kind;
import org.losi.engine.scoring.Outcome;

class WhyCityMovedTest {
    private static TwoEditions revised;

    @BeforeAll
    static void score() {
        Edition a = Fixtures.edition("tiny");
        Edition b = Fixtures.edition("tiny-revised");
        revised = TwoEditions.of(a, Fixtures.score(a, "five-cities"), b, Fixtures.score(b, "five-cities"));
    }

    @Test
    void itemWhoseConditionChangedIsTiedToThatChange() {
        // c2 said yes to C1 on its mobile app only: tiny counts any channel, tiny-revised the portal alone.
        CityMovement c2 = revised.why("c2");

        ItemMove c1 = c2.items().stream()
                .filter(m -> m.item().equals("C1"))
                .findFirst()
                .orElseThrow();
        assertThat(c1.before().outcome()).isEqualTo(Outcome.MET);
        assertThat(c1.after().outcome()).isEqualTo(Outcome.MISSED);
        assertThat(c1.reason()).isEqualTo("condition changed");
        assertThat(c1.changes()).extracting(c -> c.kind()).containsExactly(Kind.CONDITION_CHANGED);
    }

    @Test
    void addedRemovedAndReweightedItemsAreListedWithTheirChange() {
        CityMovement c4 = revised.why("c4");

        assertThat(c4.items())
                .extracting(ItemMove::item, ItemMove::reason)
                .containsExactly(
                        tuple("P1", "reweighted (1 -> 2)"), tuple("N1", "item added"), tuple("R1", "item removed"));
        assertThat(c4.city().rankShift()).isEqualTo(1);
    }

    @Test
    void unchangedItemsWithTheSameOutcomeAreNotListed() {
        // c4's C1 is missed under both; its condition changed, but that did not move c4. X1 is not applicable.
        CityMovement c4 = revised.why("c4");

        assertThat(c4.items()).extracting(ItemMove::item).doesNotContain("C1", "X1");
    }

    @Test
    void bandAndPolicyChangesAreGivenAsEditionChanges() {
        CityMovement c1 = revised.why("c1");

        assertThat(c1.editionChanges())
                .extracting(c -> c.kind(), c -> c.subject())
                .containsExactly(tuple(Kind.BAND_MOVED, "high"), tuple(Kind.BAND_MOVED, "middle"));
    }

    @Test
    void outcomeChangedUnderAnUnchangedRuleIsAnswersReadDifferently() {
        // City d's two assessors differ on P1. tiny waits for a reviewer (not assessed); the variant takes any yes.
        Edition a = Fixtures.edition("tiny");
        Edition b =
                Fixtures.variant("tiny", "edition.drl", "@disagreement(\"reviewer\")", "@disagreement(\"any-yes\")");
        TwoEditions editions =
                TwoEditions.of(a, Fixtures.score(a, "disagreement"), b, Fixtures.score(b, "disagreement"));

        CityMovement d = editions.why("d");

        assertThat(d.items())
                .extracting(
                        ItemMove::item,
                        m -> m.before().outcome(),
                        m -> m.after().outcome(),
                        ItemMove::reason)
                .containsExactly(tuple("P1", Outcome.NOT_ASSESSED, Outcome.MET, ItemMove.ANSWERS_READ_DIFFERENTLY));
        assertThat(d.editionChanges()).extracting(c -> c.subject()).containsExactly("disagreement");
        assertThat(editions.why("e").items()).isEmpty();
    }

    @Test
    void cityScoredUnderOneEditionOnlyHasNoItemsToCompare() {
        // c6 answered only N1, which tiny lacks.
        CityMovement c6 = revised.why("c6");

        assertThat(c6.city().presence()).isEqualTo(Presence.ONLY_B);
        assertThat(c6.items()).isEmpty();
    }

    @Test
    void unknownCityIsRefusedNamingItAndTheCitiesThere() {
        assertThatThrownBy(() -> revised.why("c9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no city \"c9\"")
                .hasMessageContaining("c1, c2, c3");
    }
}
