package org.losi.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WideCsvReaderTest {

    @Test
    void readsSemicolonsWithByteOrderMarkAndCrlf() {
        AssessmentSet set = Fixtures.read("csv/semicolon-bom-crlf.csv");

        assertThat(set.assessments().get(0).city())
                .isEqualTo(new CityProfile(
                        "val-north",
                        "North; Town",
                        "VAL",
                        1_250_000L,
                        "urban",
                        "Highlands",
                        "https://north.gov.val",
                        Map.of("languages", "Valdorian; Ostric")));
        assertThat(set.assessments().get(0).answers())
                .containsExactly(
                        Answer.of("281", AnswerValue.YES),
                        Answer.of("218", AnswerValue.NO),
                        new Answer("218", AnswerValue.YES, Channel.MOBILE_APP, null, null, null, null),
                        Answer.of("236-IF", AnswerValue.NOT_APPLICABLE));
    }

    @Test
    void readsCommasWithLfAndCommonHeaderSpellings() {
        AssessmentSet set = Fixtures.read("csv/comma-lf.csv");

        assertThat(set.assessments())
                .extracting(
                        a -> a.city().id(),
                        a -> a.city().population(),
                        a -> a.city().portalUrl())
                .containsExactly(
                        tuple("val-north", 1_250_000L, "https://north.gov.val"),
                        tuple("val-south", 2_500L, "https://south.gov.val"));
        assertThat(set.assessments().get(1).answers()).containsExactly(Answer.of("281", AnswerValue.NOT_APPLICABLE));
    }

    @Test
    void populationMayCarryThousandsSeparatorsAndAZeroFraction() {
        AssessmentSet set = Fixtures.read("csv/populations.csv");

        assertThat(set.assessments())
                .hasSize(9)
                .allSatisfy(
                        a -> assertThat(a.city().population()).as(a.cityId()).isEqualTo(1_250_000L));
    }

    @Test
    void populationWithARealFractionIsQuotedAtItsCell() {
        InputException error = Fixtures.failure("csv/bad-population.csv", 2, 3);

        assertThat(error).hasMessageContaining("column 3 (C, \"population\") \"12,5\" is not a whole number");
    }

    @Test
    void cellsAcceptEverySpellingOfTheFourValues() {
        AssessmentSet set = Fixtures.read("csv/every-spelling.csv");

        assertThat(set.assessments().get(0).answers())
                .extracting(Answer::value)
                .containsExactly(
                        AnswerValue.YES,
                        AnswerValue.YES,
                        AnswerValue.YES,
                        AnswerValue.YES,
                        AnswerValue.NO,
                        AnswerValue.NO,
                        AnswerValue.NO,
                        AnswerValue.NO,
                        AnswerValue.NOT_APPLICABLE,
                        AnswerValue.NOT_APPLICABLE,
                        AnswerValue.NOT_APPLICABLE,
                        AnswerValue.NOT_APPLICABLE,
                        AnswerValue.NOT_APPLICABLE,
                        AnswerValue.NOT_ASSESSED,
                        AnswerValue.NOT_ASSESSED,
                        AnswerValue.YES);
    }

    @Test
    void blankCellGivesNoAnswer() {
        AssessmentSet set = Fixtures.read("csv/every-spelling.csv");

        assertThat(set.assessments().get(0).answers()).extracting(Answer::item).doesNotContain("243");
    }

    @Test
    void rowsOfOneCityWithAssessorAndRoleMergeIntoOneAssessment() {
        AssessmentSet set = Fixtures.read("csv/assessor-rows.csv");

        assertThat(set.assessments()).hasSize(1);
        assertThat(set.assessments().get(0).city().population()).isEqualTo(125_000L);
        assertThat(set.assessments().get(0).answers())
                .extracting(Answer::item, Answer::value, Answer::assessor, Answer::role)
                .containsExactly(
                        tuple("222", AnswerValue.YES, "Ilsa Moravec", "assessor"),
                        tuple("241", AnswerValue.NO, "Ilsa Moravec", "assessor"),
                        tuple("222", AnswerValue.NO, "Tomas Reyn", "assessor"),
                        tuple("241", AnswerValue.NO, "Tomas Reyn", "assessor"),
                        tuple("222", AnswerValue.YES, "Maren Stoll", "reviewer"));
    }

    @Test
    void rowsOfOneCityThatContradictEachOtherNameBothLines() {
        InputException error = Fixtures.failure("csv/conflicting-rows.csv", 3, 3);

        assertThat(error).hasMessageContaining("\"125 001\" contradicts \"125000\" on line 2 for city \"val-north\"");
    }

    @Test
    void blankRowsAreSkipped() {
        AssessmentSet set = Fixtures.read("csv/blank-rows.csv");

        assertThat(set.assessments()).extracting(Assessment::cityId).containsExactly("val-north", "val-south");
    }

    @Test
    void unknownColumnIsReportedOnLineOneWithItsHeader() {
        InputException error = Fixtures.failure("csv/unknown-column.csv", 1, 4);

        assertThat(error).hasMessageContaining("column 4 is headed \"2l8\", which is neither a city column");
    }

    @Test
    void unknownChannelInAHeaderIsNamed() {
        InputException error = Fixtures.failure("csv/unknown-channel-column.csv", 1, 4);

        assertThat(error).hasMessageContaining("\"218@fax\", whose channel \"fax\" is not one of portal");
    }

    @Test
    void repeatedItemColumnIsAnError() {
        InputException error = Fixtures.failure("csv/repeated-column.csv", 1, 4);

        assertThat(error).hasMessageContaining("column 4 (D, \"281\") repeats column 2 (B, \"281\")");
    }

    @Test
    void headerWithoutCityIdIsAnError() {
        InputException error = Fixtures.failure("csv/no-id-column.csv", 1, 0);

        assertThat(error).hasMessageContaining("no city id column");
    }

    @Test
    void badCellNamesLineColumnHeaderAndValue() {
        InputException error = Fixtures.failure("csv/bad-cell.csv", 3, 4);

        assertThat(error).hasMessageContaining("column 4 (D, \"218\") \"maybe\" is not an answer");
    }

    @Test
    void badCellAfterAQuotedLineBreakIsReportedOnTheLineItStandsOn() {
        InputException error = Fixtures.failure("csv/bad-cell-after-quoted-newline.csv", 3, 4);

        assertThat(error).hasMessageContaining("\"maybe\"");
    }

    @Test
    void rowWithTooFewCellsNamesItsLine() {
        InputException error = Fixtures.failure("csv/short-row.csv", 3, 0);

        assertThat(error).hasMessageContaining("this row has 3 cells; the header has 4");
    }

    @Test
    void rowWithoutCityIdIsAnError() {
        InputException error = Fixtures.failure("csv/missing-id.csv", 3, 1);

        assertThat(error).hasMessageContaining("is blank; every row needs its city id");
    }

    @Test
    void unknownRoleIsQuoted() {
        InputException error = Fixtures.failure("csv/bad-role.csv", 2, 3);

        assertThat(error).hasMessageContaining("\"boss\" is not a role");
    }

    @Test
    void unclosedQuoteNamesTheRowItStartsIn() {
        InputException error = Fixtures.failure("csv/unclosed-quote.csv", 4, 0);

        assertThat(error).hasMessageContaining("not valid CSV").hasMessageContaining("starts on line 2");
    }

    @Test
    void fileThatIsNotUtf8IsRefusedAtTheLineOfTheBadByte() {
        InputException error = Fixtures.failure("csv/latin1.csv", 2, 0);

        assertThat(error).hasMessageContaining("byte 0xE9 is not UTF-8");
    }

    @Test
    void emptyFileIsAnError() {
        InputException error = Fixtures.failure("csv/empty.csv", 1, 0);

        assertThat(error).hasMessageContaining("empty");
    }

    @Test
    void setIsNamedAfterTheFile() {
        AssessmentSet set = Fixtures.read("csv/comma-lf.csv");

        assertThat(List.of(set.id(), set.title())).containsOnly("comma-lf");
    }
}
