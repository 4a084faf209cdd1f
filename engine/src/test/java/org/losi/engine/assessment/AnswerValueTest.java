package org.losi.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerValueTest {

    @Test
    void dashMeansNotAssessed() {
        assertThat(AnswerValue.parse(" - ")).hasValue(AnswerValue.NOT_ASSESSED);
    }

    @Test
    void wordsWithDashesStillRead() {
        assertThat(AnswerValue.parse("not-applicable")).hasValue(AnswerValue.NOT_APPLICABLE);
    }
}
