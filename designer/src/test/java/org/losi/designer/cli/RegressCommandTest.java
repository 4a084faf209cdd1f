package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.Repository;

class RegressCommandTest {
    private static final String RULES = Repository.rules().toString();
    private static final String SUITES = Repository.samples().resolve("suites").toString();

    @TempDir
    Path temp;

    @Test
    void bundledSuitesPassUnderTheBundledEditions() {
        Run run = Run.of("regress", "--rules", RULES, "--suites", SUITES);

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("core-2024 under losi-2024: 9 cases, 9 passed, 0 failed")
                .contains("training-2024 under losi-2024: 1 case, 1 passed, 0 failed")
                .contains("PASS  lakeside (Lakeside)")
                .contains("valdoria under losi-2024: 17 cases, 17 passed, 0 failed")
                .contains("valdoria under losi-2026-beta: 17 cases, 17 passed, 0 failed")
                .contains("4 suite runs: all passed");
    }

    @Test
    void changedExpectationFailsTheCaseWithItsDiffAndExitsOne() throws IOException {
        Copies copies = Copies.in(temp);
        Path suite = copies.suite("core-2024");
        Copies.replace(suite.resolve("expected/losi-2024.json"), "\"254\": \"not_applicable\"", "\"254\": \"met\"");

        Run run =
                Run.of("regress", "--rules", RULES, "--suites", copies.suites().toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out())
                .contains("FAIL  na-excluded (Exclusion Falls)")
                .containsPattern("item 254 +expected met +actual not_applicable")
                .contains("policy notApplicable=exclude")
                .contains("PASS  edge-half");
    }

    @Test
    void junitReportHasATestsuitePerSuiteAndEditionAndTheDiffAsFailureText() throws IOException {
        Copies copies = Copies.in(temp);
        Path suite = copies.suite("core-2024");
        copies.suite("training-2024");
        Copies.replace(suite.resolve("expected/losi-2024.json"), "\"254\": \"not_applicable\"", "\"254\": \"met\"");
        Path junit = temp.resolve("reports/regress.xml");

        Run run = Run.of(
                "regress", "--rules", RULES, "--suites", copies.suites().toString(), "--junit", junit.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.CHECK_FAILED);
        String xml = Files.readString(junit);
        assertThat(xml)
                .contains("<testsuite name=\"core-2024 under losi-2024\" tests=\"9\" failures=\"1\"")
                .contains("<testsuite name=\"training-2024 under losi-2024\" tests=\"1\" failures=\"0\"")
                .contains("<testcase classname=\"core-2024.losi-2024\" name=\"edge-half\"></testcase>")
                .containsPattern("<failure message=\"item 254 [^\"]*\" type=\"regression\">item 254");
    }

    @Test
    void jsonFormatCarriesEachCaseAndTheDifferencesOfFailingOnes() throws IOException {
        Copies copies = Copies.in(temp);
        Path suite = copies.suite("core-2024");
        Copies.replace(suite.resolve("expected/losi-2024.json"), "\"rank\": 7", "\"rank\": 8");

        Run run =
                Run.of("regress", "--rules", RULES, "--suites", copies.suites().toString(), "-f", "json");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("passed").asBoolean()).isFalse();
        JsonNode runNode = report.path("runs").get(0);
        assertThat(runNode.path("suite").asText()).isEqualTo("core-2024");
        assertThat(runNode.path("cases")).hasSize(9);
        JsonNode tieNorth = runNode.path("cases").get(4);
        assertThat(tieNorth.path("city").asText()).isEqualTo("tie-north");
        assertThat(tieNorth.path("differences").get(0).path("field").asText()).isEqualTo("rank");
        assertThat(tieNorth.path("differences").get(0).path("actual").asText()).isEqualTo("7");
    }

    @Test
    void coverageListsItemsNoCaseMeetsMissesOrAnswers() {
        Run run = Run.of("regress", "--rules", RULES, "--suites", SUITES, "--suite", "training-2024", "--coverage");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("coverage: 95 items, 1 case")
                .contains("never met (35):")
                .contains("never missed (62):")
                .contains("never answered (0)");
    }

    @Test
    void unknownSuiteExitsTwoNamingTheSuitesThere() {
        Run run = Run.of("regress", "--rules", RULES, "--suites", SUITES, "--suite", "core-2042");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no suite \"core-2042\"").contains("core-2024, training-2024");
    }

    @Test
    void expectationsForAnEditionTheRulesFolderLacksExitTwo() throws IOException {
        Copies copies = Copies.in(temp);
        copies.suite("core-2024");

        Run run = Run.of(
                "regress",
                "--rules",
                temp.resolve("no-rules").toString(),
                "--suites",
                copies.suites().toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no edition \"losi-2024\"");
    }

    @Test
    void unreadableExpectationsExitTwoNamingFileAndLine() throws IOException {
        Copies copies = Copies.in(temp);
        Path suite = copies.suite("core-2024");
        Copies.replace(suite.resolve("expected/losi-2024.json"), "\"level\": \"high\"", "\"levl\": \"high\"");

        Run run =
                Run.of("regress", "--rules", RULES, "--suites", copies.suites().toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).containsPattern("losi-2024\\.json, line \\d+").contains("levl");
    }

    @Test
    void helpOnRegressAndApproveExitsZeroAndListsTheExitCodes() {
        for (String command : new String[] {"regress", "approve"}) {
            Run run = Run.of(command, "--help");

            assertThat(run.exit()).as(command).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).as(command).contains("Usage: losi " + command).contains("Exit codes:");
        }
    }
}
