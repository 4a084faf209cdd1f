package org.losi.engine.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.Channel;
import org.losi.engine.assessment.CityProfile;

/** Builds small assessments for tests, one answer at a time. */
final class Cities {
    private final CityProfile profile;
    private final List<Answer> answers = new ArrayList<>();

    private Cities(CityProfile profile) {
        this.profile = profile;
    }

    static Cities city(String id) {
        return city(id, "urban");
    }

    static Cities city(String id, String settlementType) {
        return new Cities(new CityProfile(id, "City " + id, "TST", 10_000L, settlementType, "North", null, Map.of()));
    }

    Cities yes(String... items) {
        for (String item : items) {
            answers.add(Answer.of(item, AnswerValue.YES));
        }
        return this;
    }

    Cities no(String... items) {
        for (String item : items) {
            answers.add(Answer.of(item, AnswerValue.NO));
        }
        return this;
    }

    Cities answer(String item, AnswerValue value) {
        answers.add(Answer.of(item, value));
        return this;
    }

    Cities answer(String item, AnswerValue value, Channel channel) {
        answers.add(new Answer(item, value, channel, null, null, null, null));
        return this;
    }

    Cities by(String assessor, String role, String item, AnswerValue value) {
        answers.add(new Answer(item, value, Channel.PORTAL, assessor, role, null, null));
        return this;
    }

    Assessment build() {
        return new Assessment(profile, answers);
    }

    static AssessmentSet set(Cities... cities) {
        List<Assessment> assessments = new ArrayList<>();
        for (Cities city : cities) {
            assessments.add(city.build());
        }
        return AssessmentSet.of("test", assessments);
    }
}
