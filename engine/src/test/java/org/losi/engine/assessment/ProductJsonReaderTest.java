package org.losi.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductJsonReaderTest {

    @Test
    void readsEachCityWithItsProfile() {
        AssessmentSet set = Fixtures.read("json/good.json");

        CityProfile north = set.assessments().get(0).city();
        assertThat(set.id()).isEqualTo("two-towns");
        assertThat(set.assessments()).extracting(Assessment::cityId).containsExactly("val-north", "val-south");
        assertThat(north)
                .isEqualTo(new CityProfile(
                        "val-north",
                        "North Town",
                        "VAL",
                        125_000L,
                        "urban",
                        "Highlands",
                        "https://north.gov.val",
                        Map.of("coastal", "false", "languages", "Valdorian")));
    }

    @Test
    void readsNationalFiguresPerCountry() {
        AssessmentSet set = Fixtures.read("json/good.json");

        assertThat(set.national()).containsEntry("VAL", Map.of("osi", 0.71, "technology", 0.8));
    }

    @Test
    void keepsChannelAssessorRoleEvidenceAndNote() {
        AssessmentSet set = Fixtures.read("json/good.json");

        assertThat(set.assessments().get(0).answers())
                .contains(
                        new Answer(
                                "281",
                                AnswerValue.YES,
                                Channel.PORTAL,
                                null,
                                "assessor",
                                "https://north.gov.val/",
                                "Official domain"),
                        new Answer("218", AnswerValue.YES, Channel.MOBILE_APP, null, "assessor", null, null),
                        new Answer("236-IF", AnswerValue.NOT_APPLICABLE, Channel.PORTAL, null, "assessor", null, null),
                        new Answer("222", AnswerValue.YES, Channel.PORTAL, "Maren Stoll", "reviewer", null, null));
    }

    @Test
    void propertiesMayComeInAnyOrder() {
        AssessmentSet set = Fixtures.read("json/good.json");

        assertThat(set.assessments().get(1).answers()).containsExactly(Answer.of("281", AnswerValue.NOT_ASSESSED));
    }

    @Test
    void whatJacksonWritesOfASetReadsBackUnchanged(@TempDir Path dir) throws Exception {
        AssessmentSet set = Fixtures.read("json/good.json");
        ObjectMapper json = JsonMapper.builder().build();
        Path written = dir.resolve("written.json");
        json.writeValue(written.toFile(), set);

        AssessmentSet again = AssessmentReaders.read(written, Fixtures.KNOWN_ITEMS);

        assertThat(again).isEqualTo(set);
    }

    @Test
    void unknownPropertyIsNamedAtItsLineAndColumn() {
        InputException error = Fixtures.failure("json/unknown-property.json", 7, 40);

        assertThat(error).hasMessageContaining("unknown property \"colour\" in an answer");
    }

    @Test
    void valueOfTheWrongTypeIsQuotedWithItsProperty() {
        InputException error = Fixtures.failure("json/wrong-type.json", 4, 49);

        assertThat(error).hasMessageContaining("property \"population\" must be a whole number, not \"many\"");
    }

    @Test
    void answerValueThatMeansNothingIsQuoted() {
        InputException error = Fixtures.failure("json/bad-value.json", 6, 34);

        assertThat(error).hasMessageContaining("answer value \"maybe\" is not one of yes, no");
    }

    @Test
    void unknownItemCodeIsReportedWhereThatAnswerNamesIt() {
        InputException error = Fixtures.failure("json/unknown-item.json", 7, 33);

        assertThat(error).hasMessageContaining("item code \"2810\" is not an item of any edition");
    }

    @Test
    void duplicateCityIdNamesBothPlaces() {
        InputException error = Fixtures.failure("json/duplicate-city.json", 5, 44);

        assertThat(error).hasMessageContaining("city id \"val-north\" is used twice; first at line 3, column 21");
    }

    @Test
    void malformedJsonIsReportedWithJacksonsPlace() {
        InputException error = Fixtures.failure("json/malformed.json", 3, 34);

        assertThat(error).hasMessageContaining("not valid JSON");
    }

    @Test
    void fileCutInsideAStringIsReportedWhereItEnds() {
        InputException error = Fixtures.failure("json/truncated-in-string.json", 3, 62);

        assertThat(error).hasMessageContaining("not valid JSON").hasMessageContaining("end-of-input");
    }

    @Test
    void misspeltRoleIsAnErrorRatherThanAnAssessor() {
        InputException error = Fixtures.failure("json/bad-role.json", 3, 87);

        assertThat(error).hasMessageContaining("role \"revewer\" is not one of assessor or reviewer");
    }

    @Test
    void unknownChannelIsQuotedWithTheChannelsThereAre() {
        InputException error = Fixtures.failure("json/bad-channel.json", 3, 90);

        assertThat(error).hasMessageContaining("channel \"fax\" is not one of portal, mobile_app");
    }

    @Test
    void answerWithoutValueIsAnError() {
        InputException error = Fixtures.failure("json/missing-value.json", 3, 47);

        assertThat(error).hasMessageContaining("the answer to item \"281\" has no \"value\"");
    }

    @Test
    void textAfterTheSetIsAnError() {
        InputException error = Fixtures.failure("json/trailing-text.json", 2, 1);

        assertThat(error).hasMessageContaining("more text after the end of the assessment set");
    }
}
