package org.losi.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"1250", "1 250", "1.250", "1,250", "1'250", "1250.0", "1250,00", "1,250.00", "1.250,00"})
    void thousandsSeparatorsAndZeroFractionsReadAsOneNumber(String text) {
        assertThat(WholeNumbers.parse(text)).hasValue(1250L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "1.5", "1,25", "1.250,5", "1,250,00", "1 25", "-1250", "about 1250", "1e3", ""})
    void fractionsSignsAndWordsAreNotWholeNumbers(String text) {
        assertThat(WholeNumbers.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "1 000 000 000 000 000 000 000"})
    void numbersBeyondLongAreNotRead(String text) {
        assertThat(WholeNumbers.parse(text)).isEmpty();
    }
}
