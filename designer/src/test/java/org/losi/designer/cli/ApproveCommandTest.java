package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.engine.history.History;

/**
 * The reviewer's loop on a copy of the 2024 edition and of the core suite: a changed weight fails the cases it
 * counts in, naming them and the item; approving records the change, commits it, and the suite passes again.
 */
class ApproveCommandTest {
    @TempDir
    Path temp;

    private Copies copies;
    private Path suite;

    @BeforeEach
    void copyEditionAndSuite() throws IOException {
        copies = Copies.in(temp);
        Path edition = copies.edition("losi-2024");
        suite = copies.suite("core-2024");
        Copies.replace(
                edition.resolve("institutional-framework.drl"),
                "@code(\"281\") @criterion(\"IF\") @weight(1)",
                "@code(\"281\") @criterion(\"IF\") @weight(3)");
    }

    private Run regress() {
        return Run.of(
                "regress",
                "--rules",
                copies.rules().toString(),
                "--suites",
                copies.suites().toString());
    }

    private Run approve(String... more) {
        String[] base = {
            "approve",
            "--rules",
            copies.rules().toString(),
            "--suites",
            copies.suites().toString(),
            "--suite",
            "core-2024",
            "--edition",
            "losi-2024"
        };
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Run.of(args);
    }

    @Test
    void changedWeightFailsTheCasesTheItemCountsInAndNamesTheItem() {
        Run run = regress();

        assertThat(run.exit()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out())
                .contains("FAIL  edge-three-quarters (Threequarter Bay)")
                .contains("FAIL  reviewer-settles (Mediation Point)")
                .contains("FAIL  unsettled (Open Question)")
                .contains("PASS  edge-half (Halfway)")
                .contains("PASS  tie-north (North Twin)")
                .containsPattern("weight 281 +expected 1 +actual 3")
                .containsPattern("value +expected 0\\.7500 +actual 0\\.8333")
                .containsPattern("level +expected high +actual very high")
                .contains("the rules changed since");
    }

    @Test
    void approvingTheChangeExitsZeroCommitsTheExpectationsAndTheSuitePassesAgain() {
        Run approval = approve("--by", "Ana Reviewer", "--email", "ana@example.org", "-m", "Item 281 weighs 3");

        assertThat(approval.exit()).as(approval.err()).isEqualTo(ExitCodes.OK);
        assertThat(approval.out())
                .contains("approved core-2024 under losi-2024: 9 cases recorded")
                .contains("changed: edge-three-quarters, reviewer-settles, unsettled");
        assertThat(regress().exit()).isEqualTo(ExitCodes.OK);
        try (History history = History.open(suite)) {
            assertThat(history.root()).startsWith(temp.toRealPath());
            assertThat(history.log(suite.resolve("expected/losi-2024.json")))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.author()).isEqualTo("Ana Reviewer");
                        assertThat(r.email()).isEqualTo("ana@example.org");
                        assertThat(r.message()).isEqualTo("Item 281 weighs 3");
                    });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void approvingAgainWithNothingChangedExitsOne() {
        approve("--by", "Ana Reviewer", "-m", "Item 281 weighs 3");

        Run again = approve("--by", "Ana Reviewer", "-m", "Once more");

        assertThat(again.exit()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(again.err()).contains("nothing to approve");
    }

    @Test
    void approvingWithoutAMessageExitsTwoWithUsage() {
        Run run = approve("--by", "Ana Reviewer");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Missing required option").contains("Usage: losi approve");
    }

    @Test
    void approvingAnUnknownSuiteExitsTwo() {
        Run run = Run.of(
                "approve",
                "--rules",
                copies.rules().toString(),
                "--suites",
                copies.suites().toString(),
                "--suite",
                "nowhere",
                "--edition",
                "losi-2024",
                "--by",
                "Ana",
                "-m",
                "m");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no suite \"nowhere\"");
    }
}
