package org.losi.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolExportReaderTest {

    private static List<Answer> answersOf(AssessmentSet set, String cityId) {
        return set.assessments().stream()
                .filter(a -> a.cityId().equals(cityId))
                .findFirst()
                .orElseThrow()
                .answers();
    }

    private static List<Answer> answersTo(AssessmentSet set, String cityId, String item) {
        return answersOf(set, cityId).stream()
                .filter(a -> a.item().equals(item))
                .toList();
    }

    @Test
    void questionIdQualifiedByItsCriterionMapsToTheItemNamedSo() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(answersTo(set, "val-north", "236-IF"))
                .extracting(Answer::value)
                .containsExactly(AnswerValue.YES);
    }

    @Test
    void questionIdMapsToThePlainItemCodeOtherwise() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(answersTo(set, "val-north", "236")).extracting(Answer::value).containsExactly(AnswerValue.NO);
        assertThat(answersTo(set, "val-north", "281")).extracting(Answer::value).containsExactly(AnswerValue.YES);
    }

    @Test
    void deliveredAnswersAreOnThePortalChannel() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(answersOf(set, "val-north"))
                .filteredOn(a -> a.value() != AnswerValue.NOT_ASSESSED)
                .extracting(Answer::channel)
                .containsOnly(Channel.PORTAL);
    }

    @Test
    void humanOverriddenRecordActsAsReviewer() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(answersTo(set, "val-north", "222"))
                .extracting(Answer::assessor, Answer::role, Answer::value)
                .containsExactly(
                        tuple("ilsa.moravec", "assessor", AnswerValue.YES),
                        tuple("tomas.reyn", "assessor", AnswerValue.NO),
                        tuple("maren.stoll", "reviewer", AnswerValue.YES));
    }

    @Test
    void firstEvidenceReferenceBecomesTheEvidenceUrl() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(answersTo(set, "val-north", "281").get(0).evidenceUrl()).isEqualTo("https://north.gov.val/");
    }

    @Test
    void provenanceAndConfidenceGoIntoTheNote() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(answersTo(set, "val-north", "281").get(0).note())
                .isEqualTo("provenance system_proposed, confidence 0.93");
    }

    @Test
    void excludedItemIsNotAssessedNeverNo() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(answersTo(set, "val-north", "246"))
                .extracting(Answer::value)
                .containsExactly(AnswerValue.NOT_ASSESSED);
    }

    @Test
    void exclusionKeepsItsReason() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(set.exclusions())
                .containsExactly(
                        new AssessmentSet.Exclusion("val-north", "246", "requires_login"),
                        new AssessmentSet.Exclusion("val-north", "219", "unresolved_disagreement"),
                        new AssessmentSet.Exclusion("val-east", "281", "unreachable_portal"));
    }

    @Test
    void placeNamedOnlyInTheExclusionReportIsStillAnAssessment() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(set.assessments())
                .extracting(Assessment::cityId)
                .containsExactly("val-north", "val-south", "val-east");
        assertThat(answersOf(set, "val-east")).extracting(Answer::value).containsOnly(AnswerValue.NOT_ASSESSED);
    }

    @Test
    void placeTakesItsCountryAndPortalFromTheRecords() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        CityProfile north = set.assessments().get(0).city();
        assertThat(north.country()).isEqualTo("VAL");
        assertThat(north.portalUrl()).isEqualTo("https://north.gov.val");
    }

    @Test
    void setCarriesTheCycleInItsTitle() {
        AssessmentSet set = Fixtures.read("ndjson/export.ndjson");

        assertThat(set.id()).isEqualTo("export");
        assertThat(set.title()).isEqualTo("export (cycle VAL-2024)");
    }

    @Test
    void explicitExclusionReportIsReadInsteadOfTheOneBeside() {
        AssessmentSet set = AssessmentReaders.read(
                Fixtures.path("ndjson/export.ndjson"),
                Fixtures.path("ndjson/late-exclusions.ndjson"),
                Fixtures.KNOWN_ITEMS);

        assertThat(set.exclusions())
                .containsExactly(new AssessmentSet.Exclusion("val-south", "250", "awaiting_review"));
    }

    @Test
    void recordWithoutCityIdIsPlacedByItsCountry() {
        AssessmentSet set = Fixtures.read("ndjson/by-country.jsonl");

        assertThat(set.assessments()).extracting(Assessment::cityId).containsExactly("VAL");
        assertThat(set.assessments().get(0).answers()).hasSize(2);
    }

    @Test
    void malformedLineNamesItsLineAndColumn() {
        InputException error = Fixtures.failure("ndjson/malformed.ndjson", 2, 90);

        assertThat(error).hasMessageContaining("not valid JSON");
    }

    @Test
    void questionIdOfNoItemSaysWhichCodesWereTried() {
        InputException error = Fixtures.failure("ndjson/unknown-question.ndjson", 2, 138);

        assertThat(error)
                .hasMessageContaining(
                        "question_id \"L-IF-999\" names no item of any edition (looked for 999-IF and 999)");
    }

    @Test
    void questionIdOfAnotherFormIsAnError() {
        InputException error = Fixtures.failure("ndjson/odd-question.ndjson", 1, 138);

        assertThat(error).hasMessageContaining("question_id \"Q-281\" is not of the form L-<criterion>-<item>");
    }

    @Test
    void unknownProvenanceIsQuoted() {
        InputException error = Fixtures.failure("ndjson/bad-provenance.ndjson", 1, 236);

        assertThat(error).hasMessageContaining("provenance \"machine\" is not one of system_proposed");
    }

    @Test
    void answerOfTheWrongTypeIsQuoted() {
        InputException error = Fixtures.failure("ndjson/wrong-type.ndjson", 1, 196);

        assertThat(error).hasMessageContaining("property \"delivered_answer\" must be true or false, not \"yes\"");
    }

    @Test
    void confidenceOutsideZeroToOneIsAnError() {
        InputException error = Fixtures.failure("ndjson/bad-confidence.ndjson", 1, 216);

        assertThat(error).hasMessageContaining("must lie between 0 and 1, not 1.3");
    }

    @Test
    void lineThatIsNotAnObjectIsAnError() {
        InputException error = Fixtures.failure("ndjson/not-a-record.ndjson", 2, 1);

        assertThat(error).hasMessageContaining("a record must be an object, not a list");
    }

    @Test
    void recordOfAnotherCycleIsAnError() {
        InputException error = Fixtures.failure("ndjson/mixed-cycles.ndjson", 2, 14);

        assertThat(error).hasMessageContaining("cycle_id \"VAL-2025\" differs from \"VAL-2024\" at line 1");
    }

    @Test
    void itemBothDeliveredAndExcludedNamesBothFiles() {
        InputException error =
                catchThrowableOfType(InputException.class, () -> Fixtures.read("ndjson/delivered-and-excluded.ndjson"));

        assertThat(error.file()).endsWith("delivered-and-excluded.exclusions.ndjson");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error)
                .hasMessageContaining("item \"222\" of \"val-north\" is excluded here but delivered at line 2, column 1"
                        + " of delivered-and-excluded.ndjson");
    }

    @Test
    void exclusionReportAloneIsRefused() {
        InputException error =
                catchThrowableOfType(InputException.class, () -> Fixtures.read("ndjson/export.exclusions.ndjson"));

        assertThat(error).hasMessageContaining("this is an exclusion report");
    }
}
