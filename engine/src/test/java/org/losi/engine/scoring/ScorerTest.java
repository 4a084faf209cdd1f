package org.losi.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.losi.engine.scoring.Cities.city;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.Editions;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Channel;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;

class ScorerTest {
    private static Edition tiny;

    @BeforeAll
    static void loadEdition() {
        tiny = EditionLoader.load(Editions.folder("tiny"));
    }

    private static CityResult scoreOne(Cities city) {
        return Scorer.score(tiny, Cities.set(city)).cities().get(0);
    }

    @Test
    void valueIsTheShareOfScoredItemsMet() {
        CityResult result = scoreOne(city("c").yes("P1", "C1").no("X1", "R1"));

        assertThat(result.value()).isEqualTo(0.5);
        assertThat(result.itemsMet()).isEqualTo(2);
        assertThat(result.itemsScored()).isEqualTo(4);
        assertThat(result.criterion("A").orElseThrow().share()).isEqualTo(1.0);
        assertThat(result.criterion("B").orElseThrow().share()).isEqualTo(0.0);
    }

    @Test
    void valueExactlyOnACutOffFallsInTheBandTheEditionMarksInclusive() {
        CityResult onHalf = scoreOne(city("half").yes("P1", "C1").no("X1", "R1"));
        CityResult onThreeQuarters =
                scoreOne(city("tq", "rural").yes("P1", "C1", "R1").no("X1"));

        assertThat(onHalf.level()).isEqualTo("middle");
        assertThat(onThreeQuarters.value()).isEqualTo(0.75);
        assertThat(onThreeQuarters.level()).isEqualTo("high");
    }

    @Test
    void notApplicableItemWithExcludePolicyLeavesTheDenominator() {
        CityResult result = scoreOne(city("c").yes("P1").no("C1", "R1").answer("X1", AnswerValue.NOT_APPLICABLE));

        assertThat(result.value()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(result.item("X1").orElseThrow())
                .extracting(ItemResult::outcome, ItemResult::scored, ItemResult::policy)
                .containsExactly(Outcome.NOT_APPLICABLE, false, "notApplicable=exclude");
    }

    @Test
    void notApplicableItemWithZeroPolicyStaysInTheDenominator() {
        CityResult result = scoreOne(city("c")
                .answer("P1", AnswerValue.NOT_APPLICABLE)
                .yes("C1", "X1")
                .no("R1"));

        assertThat(result.value()).isEqualTo(0.5);
        assertThat(result.item("P1").orElseThrow().policy()).isEqualTo("notApplicable=zero");
    }

    @Test
    void notAssessedItemLeavesTheDenominatorAndIsNeverANo() {
        CityResult result = scoreOne(city("c").yes("P1", "C1").no("X1"));

        assertThat(result.value()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(result.item("R1").orElseThrow().outcome()).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void cityWithNothingAssessedIsListedApartAndNeverRanked() {
        ScoreReport report = Scorer.score(
                tiny,
                Cities.set(
                        city("assessed").yes("P1").no("C1", "X1", "R1"),
                        city("unreachable").answer("P1", AnswerValue.NOT_ASSESSED)));

        assertThat(report.cities()).extracting(r -> r.city().id()).containsExactly("assessed");
        assertThat(report.notAssessed()).extracting(n -> n.city().id()).containsExactly("unreachable");
    }

    @Test
    void equalValuesShareARankAndTheNextRankSkips() {
        ScoreReport report = Scorer.score(
                tiny,
                Cities.set(
                        city("d").yes("P1").no("C1", "X1", "R1"),
                        city("b").yes("P1", "C1").no("X1", "R1"),
                        city("a", "rural").yes("P1", "C1", "X1", "R1"),
                        city("c").yes("C1", "X1").no("P1", "R1")));

        assertThat(report.cities())
                .extracting(r -> r.city().id() + ":" + r.rank())
                .containsExactly("a:1", "b:2", "c:2", "d:4");
    }

    @Test
    void portalItemIgnoresAYesOnAnotherChannel() {
        CityResult result = scoreOne(
                city("c").answer("P1", AnswerValue.YES, Channel.MOBILE_APP).no("C1", "X1", "R1"));

        assertThat(result.item("P1").orElseThrow().outcome()).isEqualTo(Outcome.MISSED);
    }

    @Test
    void channelIndependentItemCountsAYesOnAnyChannel() {
        CityResult result = scoreOne(
                city("c").answer("C1", AnswerValue.YES, Channel.CHATBOT).no("P1", "X1", "R1"));

        assertThat(result.item("C1").orElseThrow().outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void conditionOnACityAttributeLimitsWhoMeetsTheItem() {
        Cities urban = city("u", "urban").answer("R1", AnswerValue.YES, Channel.LINKED_PLATFORM);
        Cities rural = city("r", "rural").answer("R1", AnswerValue.YES, Channel.LINKED_PLATFORM);

        ScoreReport report = Scorer.score(tiny, Cities.set(urban, rural));

        assertThat(report.city("u").orElseThrow().item("R1").orElseThrow().outcome())
                .isEqualTo(Outcome.MISSED);
        assertThat(report.city("r").orElseThrow().item("R1").orElseThrow().outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void reviewerAnswerSettlesADisagreementAndTheResultSaysSo() {
        CityResult result = scoreOne(city("c")
                .by("ana", "assessor", "P1", AnswerValue.YES)
                .by("ben", "assessor", "P1", AnswerValue.NO)
                .by("rita", "reviewer", "P1", AnswerValue.YES));

        ItemResult p1 = result.item("P1").orElseThrow();
        assertThat(p1.outcome()).isEqualTo(Outcome.MET);
        assertThat(p1.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.settled()).isEqualTo(AnswerValue.YES);
            assertThat(d.policy()).isEqualTo("reviewer");
            assertThat(d.answers()).hasSize(3);
        });
    }

    @Test
    void disagreementWithoutReviewerLeavesTheItemNotAssessed() {
        CityResult result = scoreOne(city("c")
                .yes("C1")
                .by("ana", "assessor", "P1", AnswerValue.YES)
                .by("ben", "assessor", "P1", AnswerValue.NO));

        ItemResult p1 = result.item("P1").orElseThrow();
        assertThat(p1.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(p1.scored()).isFalse();
        assertThat(p1.disagreements())
                .singleElement()
                .extracting(Disagreement::settled)
                .isEqualTo(AnswerValue.NOT_ASSESSED);
    }

    @Test
    void everyItemResultNamesTheRuleThatDecidedIt() {
        CityResult result = scoreOne(city("c").yes("P1").no("C1", "X1", "R1"));

        assertThat(result.items())
                .extracting(ItemResult::rule)
                .containsExactly("item P1", "item C1", "item X1", "item R1");
    }

    @Test
    void reviewerWhoDidNotAssessTheItemLeavesTheAssessorsAnswerStanding() {
        CityResult result = scoreOne(city("c")
                .by("ana", "assessor", "P1", AnswerValue.YES)
                .by("rita", "reviewer", "P1", AnswerValue.NOT_ASSESSED));

        assertThat(result.item("P1").orElseThrow().outcome()).isEqualTo(Outcome.MET);
    }
}
