package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        assertThat(run.out()).contains("losi-2024: compiles; 95 items in 6 criteria, 4 level bands; no findings");
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
        assertThat(lint.out()).containsPattern("technology\\.drl:\\d+").contains("rule \"item 205\"");
        assertThat(score.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(score.err()).containsPattern("technology\\.drl:\\d+").contains("rule \"item 205\"");
        assertThat(score.out()).isEmpty();
    }

    @Test
    void errorFindingExitsOneNamingFileLineRuleAndItem() throws IOException {
        Path rules = temp.resolve("rules");
        Path edition = copyEdition(rules, "losi-2024");
        Copies.replace(
                edition.resolve("technology.drl"),
                "@code(\"205\") @criterion(\"TEC\") @weight(1)",
                "@code(\"205\") @criterion(\"TEC\") @weight(-1)");

        Run run = Run.of("lint", "--rules", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out())
                .contains("losi-2024: compiles")
                .containsPattern("error: technology\\.drl:\\d+ rule \"item 205\" item 205: item weight is -1.*"
                        + "\\[negative-weight]");
    }

    @Test
    void warningFailsOnlyWithStrict() throws IOException {
        Path rules = temp.resolve("rules");
        Path edition = copyEdition(rules, "losi-2024");
        Copies.replace(edition.resolve("technology.drl"), "@wording(\"Sitemap/index page available\")", "");

        Run lenient = Run.of("lint", "--rules", rules.toString());
        Run strict = Run.of("lint", "--rules", rules.toString(), "--strict");

        assertThat(lenient.exit()).isEqualTo(ExitCodes.OK);
        assertThat(lenient.out()).contains("0 errors, 1 warning").contains("[item-without-wording]");
        assertThat(strict.exit()).isEqualTo(ExitCodes.CHECK_FAILED);
    }

    @Test
    void samplesAreCheckedForAnswersTheEditionDoesNotHave() throws IOException {
        Path sample = temp.resolve("typo.json");
        Files.writeString(sample, """
                {"id":"typo","assessments":[{"city":{"id":"X"},"answers":[{"item":"2811","value":"yes"}]}]}
                """);

        Run run = Run.of(
                "lint", "--rules", Repository.rules().toString(), "--samples", sample.toString(), "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        JsonNode finding = new ObjectMapper()
                .readTree(run.out())
                .path("editions")
                .get(0)
                .path("findings")
                .get(0);
        assertThat(finding.path("check").asText()).isEqualTo("unknown-answer");
        assertThat(finding.path("severity").asText()).isEqualTo("WARNING");
        assertThat(finding.path("file").asText()).endsWith("typo.json");
        assertThat(finding.path("item").asText()).isEqualTo("2811");
    }

    @Test
    void unknownEditionExitsTwo() {
        Run run = Run.of("lint", "--rules", Repository.rules().toString(), "losi-1999");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no edition \"losi-1999\"");
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

    @Test
    void ruleThatFailsWhileScoringExitsTwoNamingTheRule() throws IOException {
        Path rules = temp.resolve("failing");
        copyEdition(rules, "losi-2024");
        Path edition = copyEdition(rules, "losi-2026-beta");
        Files.writeString(edition.resolve("failing.drl"), """
                package losi.edition;

                import org.losi.engine.scoring.City;

                rule "item 901"
                    @code("901") @criterion("AIE") @weight(1) @wording("Reads an attribute most cities lack")
                when
                    City( attribute("capital").length() > 2 )
                then
                end
                """);
        String sample =
                Repository.samples().resolve("valdoria/assessments.json").toString();

        Run score = Run.of("score", "--rules", rules.toString(), "-e", "losi-2026-beta", sample);

        assertThat(score.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(score.err()).contains("rule \"item 901\" (failing.drl)").doesNotContain("\tat ");
    }

    @Test
    void serveOnAPortInUseExitsTwoSayingSo() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run serve = Run.of(
                    "serve", "--rules", Repository.rules().toString(), "--port", String.valueOf(taken.getLocalPort()));

            assertThat(serve.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(serve.err())
                    .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port");
        }
    }
}
