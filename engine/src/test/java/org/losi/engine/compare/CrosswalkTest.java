package org.losi.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.losi.engine.compare.Crosswalk.Link;
import org.losi.engine.compare.Crosswalk.Relation;
import org.losi.engine.methodology.Edition;

class CrosswalkTest {
    private static final Edition TINY = Fixtures.edition("tiny");

    @Test
    void itemMetadataAndTheDroppedListAreReadFromTheCompiledRules() {
        Crosswalk crosswalk = Crosswalk.of(Fixtures.edition("tiny-next"));

        assertThat(crosswalk.declared()).isTrue();
        assertThat(crosswalk.links())
                .containsEntry("C2", new Link("C2", Relation.REWORDED, "C1", true))
                .containsEntry("X1a", new Link("X1a", Relation.SPLIT, "X1", true))
                .containsEntry("N1", new Link("N1", Relation.NEW, null, true));
        assertThat(crosswalk.dropped()).containsExactly("R1");
    }

    @Test
    void mappingLinksEveryLaterItemAndNamesTheCommonItemsOfEachSide() {
        ItemMapping mapping = Crosswalk.of(Fixtures.edition("tiny-next")).against(TINY);

        assertThat(mapping.links())
                .extracting(Link::item, Link::relation, Link::earlier)
                .containsExactly(
                        tuple("P1", Relation.SAME, "P1"),
                        tuple("C2", Relation.REWORDED, "C1"),
                        tuple("X1a", Relation.SPLIT, "X1"),
                        tuple("X1b", Relation.SPLIT, "X1"),
                        tuple("N1", Relation.NEW, null));
        assertThat(mapping.commonEarlier()).containsExactly("P1", "C1", "X1");
        assertThat(mapping.commonLater()).containsExactly("P1", "C2", "X1a", "X1b");
        assertThat(mapping.dropped()).containsExactly("R1");
        assertThat(mapping.unmatched()).isEmpty();
    }

    @Test
    void editionWithoutCrosswalkIsMappedByEqualCodes() {
        ItemMapping mapping = Crosswalk.of(Fixtures.edition("tiny-revised")).against(TINY);

        assertThat(mapping.links())
                .extracting(Link::item, Link::relation, Link::declared)
                .containsExactly(
                        tuple("P1", Relation.SAME, false),
                        tuple("C1", Relation.SAME, false),
                        tuple("X1", Relation.SAME, false),
                        tuple("N1", Relation.NEW, false));
        assertThat(mapping.unmatched()).containsExactly("R1");
    }

    @Test
    void unknownRelationIsRefusedNamingTheItemItsFileAndLineAndTheForms() {
        Edition next = Fixtures.variant("tiny-next", "items.drl", "@crosswalk(\"same:P1\")", "@crosswalk(\"sam:P1\")");

        assertThatThrownBy(() -> Crosswalk.of(next))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item P1 (items.drl:")
                .hasMessageContaining("@crosswalk(\"sam:P1\") is not a crosswalk")
                .hasMessageContaining("same:<code>, reworded:<code>, split:<code> or new");
    }

    @Test
    void linkToAnItemTheEarlierEditionLacksIsRefusedNamingTheCode() {
        Edition next = Fixtures.variant(
                "tiny-next", "items.drl", "@crosswalk(\"reworded:C1\")", "@crosswalk(\"reworded:Z9\")");

        assertThatThrownBy(() -> Crosswalk.of(next).against(TINY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item C2")
                .hasMessageContaining("names Z9, which edition tiny does not have");
    }

    @Test
    void twoItemsClaimingToBeTheSameEarlierItemAreRefusedUnlessSplit() {
        Edition next =
                Fixtures.variant("tiny-next", "items.drl", "@crosswalk(\"reworded:C1\")", "@crosswalk(\"same:P1\")");

        assertThatThrownBy(() -> Crosswalk.of(next).against(TINY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("items [P1, C2] all stand for item P1")
                .hasMessageContaining("split:P1");
    }

    @Test
    void droppedItemThatALaterItemStandsForIsRefused() {
        Edition next = Fixtures.variant("tiny-next", "edition.drl", "@dropped(\"R1\")", "@dropped(\"R1, P1\")");

        assertThatThrownBy(() -> Crosswalk.of(next).against(TINY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule \"edition\" (edition.drl:")
                .hasMessageContaining("@dropped names P1, but item P1 stands for it");
    }
}
