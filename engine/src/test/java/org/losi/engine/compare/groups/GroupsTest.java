package org.losi.engine.compare.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.losi.engine.compare.Fixtures;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.ScoreReport;

/**
 * Six cities under {@code tiny} (R1 can only be met by rural places):
 *
 * <pre>
 *        settlement  population  region   value       level
 *   g1   urban       5,000       North    3/4         high
 *   g2   rural       12,000      North    4/4         very high
 *   g3   rural       40,000      South    1/4         low
 *   g4   urban       300,000     South    2/4         middle
 *   g5   urban       2,000,000   -        1/4         low
 *   g6   rural       8,000       South    not assessed
 * </pre>
 */
class GroupsTest {
    private static final Edition TINY = Fixtures.edition("tiny");
    private static final ScoreReport REPORT = Fixtures.score(TINY, "groups");

    @Test
    void settlementGroupsGiveCountMeanMedianAndLevels() {
        GroupReport report = Groups.of(TINY, REPORT, Grouping.SETTLEMENT, PopulationClasses.DEFAULT);

        assertThat(report.groups())
                .extracting(Group::group, Group::cities, Group::notAssessed)
                .containsExactly(tuple("rural", 2, 1), tuple("urban", 3, 0));
        Group rural = report.group("rural").orElseThrow();
        assertThat(rural.meanValue()).isCloseTo((1.0 + 0.25) / 2, within(1e-12));
        assertThat(rural.medianValue()).isCloseTo((1.0 + 0.25) / 2, within(1e-12));
        assertThat(rural.levels())
                .containsExactly(entry("very high", 1), entry("high", 0), entry("middle", 0), entry("low", 1));
        Group urban = report.group("urban").orElseThrow();
        assertThat(urban.meanValue()).isCloseTo((0.75 + 0.5 + 0.25) / 3, within(1e-12));
        assertThat(urban.medianValue()).isEqualTo(0.5);
    }

    @Test
    void populationClassesRunFromSmallestToLargestAndSkipEmptyOnes() {
        GroupReport report = Groups.of(TINY, REPORT, Grouping.POPULATION, PopulationClasses.DEFAULT);

        assertThat(report.groups())
                .extracting(Group::group, Group::cities, Group::notAssessed, Group::meanValue)
                .containsExactly(
                        tuple("<10k", 1, 1, 0.75),
                        tuple("10k-50k", 2, 0, 0.625),
                        tuple("250k-1M", 1, 0, 0.5),
                        tuple(">=1M", 1, 0, 0.25));
    }

    @Test
    void citiesWithoutTheAttributeAreGroupedAsUnknownAndListedLast() {
        GroupReport report = Groups.of(TINY, REPORT, Grouping.REGION, PopulationClasses.DEFAULT);

        assertThat(report.groups())
                .extracting(Group::group, Group::cities, Group::notAssessed)
                .containsExactly(tuple("North", 2, 0), tuple("South", 2, 1), tuple(Groups.UNKNOWN, 1, 0));
        assertThat(report.group("South").orElseThrow().medianValue()).isEqualTo((0.25 + 0.5) / 2);
    }

    @Test
    void countryGroupHoldsEveryCity() {
        GroupReport report = Groups.of(TINY, REPORT, Grouping.COUNTRY, PopulationClasses.DEFAULT);

        assertThat(report.groups())
                .extracting(Group::group, Group::cities, Group::notAssessed)
                .containsExactly(tuple("TST", 5, 1));
    }

    @Test
    void populationClassesAreReadFromCutOffsWithUnits() {
        PopulationClasses classes = PopulationClasses.parse("20k, 1.5M");

        assertThat(classes.cutOffs()).containsExactly(20_000L, 1_500_000L);
        assertThat(classes.labels()).containsExactly("<20k", "20k-1500k", ">=1500k");
        assertThat(classes.classOf(20_000L)).isEqualTo("20k-1500k");
        assertThat(classes.classOf(null)).isNull();
    }

    @Test
    void cutOffThatIsNotANumberOrDoesNotIncreaseIsRefusedQuotingIt() {
        assertThatThrownBy(() -> PopulationClasses.parse("10k,abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"abc\" in \"10k,abc\"");
        assertThatThrownBy(() -> PopulationClasses.parse("50k,10k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10000 does not");
    }
}
