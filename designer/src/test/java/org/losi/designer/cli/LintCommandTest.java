package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.Repository;

class LintCommandTest {
    @TempDir
    Path temp;

    @Test
    void bundledEditionsCompile() {
        Run run = Run.of("lint", "--rules", Repository.rules().toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("losi-2024: compiles; 95 items in 6 criteria, 4 level bands");
    }

    @Test
    void brokenRuleFileMakesLintAndScoreExitTwoNamingFileLineAndRule() throws IOException {
        Path rules = temp.resolve("rules");
        Path edition = copyEdition(rules, "losi-2024");
        Path file = edition.resolve("technology.drl");
        Files.writeString(file, Files.readString(file).replace("City( yes(\"205\") )", "City( yes(\"205\" )"));
        String sample =
                Repository.samples().resolve("valdoria/assessments.json").toString();

        Run lint = Run.of("lint", "--rules", rules.toString(), "losi-2024");
        Run score = Run.of("score", "--rules", rules.toString(), "-e", "losi-2024", sample);

        assertThat(lint.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(lint.err()).containsPattern("technology\\.drl:\\d+").contains("rule \"item 205\"");
        assertThat(score.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(score.err()).containsPattern("technology\\.drl:\\d+").contains("rule \"item 205\"");
        assertThat(score.out()).isEmpty();
    }

    static Path copyEdition(Path rules, String id) throws IOException {
        Path target = rules.resolve(id);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Repository.rules().resolve(id))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
