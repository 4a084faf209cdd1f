package org.losi.engine.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;

class BundledSuitesTest {

    @Test
    void trainingSuiteScoresTheTrainingAssessmentItself() throws IOException {
        String training = Files.readString(Bundled.samples().resolve("training/lakeside.json"));
        String cases = Files.readString(
                Bundled.samples().resolve("suites/training-2024").resolve(Suite.CASES));

        assertThat(cases).isEqualTo(training);
    }

    @Test
    void valdoriaSuiteScoresTheValdoriaSampleItself() throws IOException {
        String sample = Files.readString(Bundled.samples().resolve("valdoria/assessments.json"));
        String cases =
                Files.readString(Bundled.samples().resolve("suites/valdoria").resolve(Suite.CASES));

        assertThat(cases).isEqualTo(sample);
    }
}
