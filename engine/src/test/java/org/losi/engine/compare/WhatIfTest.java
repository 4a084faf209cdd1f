package org.losi.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ScoreReport;

class WhatIfTest {
    private static final Edition TINY = Fixtures.edition("tiny");
    private static final ScoreReport REPORT = Fixtures.score(TINY, "five-cities");

    @Test
    void itemWeightGivesTheValuesOfAFullRescoreOfAnEditionWithThatWeight() {
        Edition heavier = Fixtures.variant(
                "tiny",
                "items.drl",
                "@code(\"P1\") @criterion(\"A\") @weight(1)",
                "@code(\"P1\") @criterion(\"A\") @weight(2)");
        ScoreReport rescored = Fixtures.score(heavier, "five-cities");

        WhatIfResult whatIf = WhatIf.apply(TINY, REPORT, Map.of(), Map.of("P1", 2.0), null);

        assertSameStandings(whatIf, rescored);
    }

    @Test
    void criterionWeightAndAggregationGiveTheValuesOfAFullRescore() {
        Edition averaged = Fixtures.variant(
                "tiny", "edition.drl", "@aggregation(\"share-of-items\")", "@aggregation(\"mean-of-criteria\")");
        ScoreReport rescored = Fixtures.score(averaged, "five-cities");

        WhatIfResult whatIf = WhatIf.apply(TINY, REPORT, Map.of("B", 3.0), Map.of(), Aggregation.MEAN_OF_CRITERIA);

        assertSameStandings(whatIf, rescored);
        assertThat(whatIf.aggregation()).isEqualTo("mean-of-criteria");
    }

    @Test
    void criterionWeightOfAnAveragingEditionGivesTheValuesOfACopyWithThatWeight() {
        String aggregation = "@aggregation(\"share-of-items\")";
        String averaging = "@aggregation(\"mean-of-criteria\")";
        Edition averaged = Fixtures.variant("tiny", "edition.drl", aggregation, averaging);
        Edition lighter = Fixtures.variant(
                "tiny",
                "edition.drl",
                aggregation,
                averaging,
                "@name(\"Benefits\") @weight(3)",
                "@name(\"Benefits\") @weight(0.5)");
        ScoreReport rescored = Fixtures.score(lighter, "five-cities");

        WhatIfResult whatIf =
                WhatIf.apply(averaged, Fixtures.score(averaged, "five-cities"), Map.of("B", 0.5), Map.of(), null);

        assertSameStandings(whatIf, rescored);
        // c4 meets all of A's scored items but none of B's: (1 * 0.5 + 0.5 * 0) / 1.5.
        assertThat(whatIf.city("c4").orElseThrow().value()).isEqualTo(1 * 0.5 / 1.5);
    }

    @Test
    void comparisonAgainstTheEditionShowsWhoMoved() {
        WhatIfResult whatIf = WhatIf.apply(TINY, REPORT, Map.of(), Map.of("X1", 3.0), null);

        // c3 met X1: 4/6 puts it alone in second place; c2, with which it tied, falls to 2/6, third with c4.
        CityComparison c3 = whatIf.againstEdition().city("c3").orElseThrow();
        assertThat(c3.a().rank()).isEqualTo(2);
        assertThat(c3.b().rank()).isEqualTo(2);
        assertThat(whatIf.againstEdition().city("c2").orElseThrow().b().rank()).isEqualTo(3);
        assertThat(whatIf.againstEdition().city("c2").orElseThrow().rankShift()).isEqualTo(-1);
        assertThat(whatIf.againstEdition().b()).isEqualTo(WhatIf.LABEL);
    }

    @Test
    void criterionWeightUnderShareOfItemsIsRefusedSayingWhy() {
        assertThatThrownBy(() -> WhatIf.apply(TINY, REPORT, Map.of("B", 2.0), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count only when criteria are averaged (mean-of-criteria)")
                .hasMessageContaining("edition tiny aggregates share-of-items");
    }

    @Test
    void unknownCodeAndNegativeWeightAreRefusedQuotingThem() {
        assertThatThrownBy(() -> WhatIf.apply(TINY, REPORT, Map.of(), Map.of("Q7", 2.0), null))
                .hasMessageContaining("\"Q7\" is not an item of edition tiny");
        assertThatThrownBy(() -> WhatIf.apply(TINY, REPORT, Map.of("Z", 2.0), Map.of(), Aggregation.MEAN_OF_CRITERIA))
                .hasMessageContaining("\"Z\" is not a criterion of edition tiny; its criteria: A, B");
        assertThatThrownBy(() -> WhatIf.apply(TINY, REPORT, Map.of(), Map.of("P1", -1.0), null))
                .hasMessageContaining("the weight of P1 is -1.0; expected a number of 0 or more");
    }

    private static void assertSameStandings(WhatIfResult whatIf, ScoreReport rescored) {
        assertThat(whatIf.standings().ranked()).hasSameSizeAs(rescored.cities());
        for (CityResult city : rescored.cities()) {
            Standing standing = whatIf.city(city.city().id()).orElseThrow();
            assertThat(standing.value()).as(city.city().id()).isEqualTo(city.value());
            assertThat(standing.rank()).as(city.city().id()).isEqualTo(city.rank());
            assertThat(standing.level()).as(city.city().id()).isEqualTo(city.level());
        }
    }
}
