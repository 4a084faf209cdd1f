package org.losi.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentReadersTest {

    @Test
    void unknownExtensionIsRefusedNamingTheFormsThereAre(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("answers.xlsx"), "binary");

        InputException error =
                catchThrowableOfType(InputException.class, () -> AssessmentReaders.read(file, Fixtures.KNOWN_ITEMS));

        assertThat(error)
                .hasMessageContaining("unknown input form \".xlsx\"; expected a .json, .csv, .ndjson or .jsonl");
    }

    @Test
    void missingFileIsAnInputError(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");

        InputException error =
                catchThrowableOfType(InputException.class, () -> AssessmentReaders.read(file, Fixtures.KNOWN_ITEMS));

        assertThat(error).hasMessage(file + ": no such file");
    }

    @Test
    void extensionIsReadInAnyCase(@TempDir Path dir) throws Exception {
        Path file = Files.copy(Fixtures.path("csv/comma-lf.csv"), dir.resolve("COMMA.CSV"));

        AssessmentSet set = AssessmentReaders.read(file, Fixtures.KNOWN_ITEMS);

        assertThat(set.assessments()).hasSize(2);
    }

    @Test
    void exclusionReportGoesOnlyWithAToolExport() {
        Path csv = Fixtures.path("csv/comma-lf.csv");
        Path report = Fixtures.path("ndjson/late-exclusions.ndjson");

        InputException error = catchThrowableOfType(
                InputException.class, () -> AssessmentReaders.read(csv, report, Fixtures.KNOWN_ITEMS));

        assertThat(error).hasMessageContaining("an exclusion report goes with an assessment tool's .ndjson or .jsonl");
    }
}
