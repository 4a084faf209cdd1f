package org.losi.engine.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
    @TempDir
    Path temp;

    @Test
    void openingAFolderOutsideAnyRepositoryInitialisesOneThere() throws IOException {
        try (History history = History.open(temp)) {
            assertThat(history.root()).isEqualTo(temp.toRealPath());
            assertThat(temp.resolve(".git")).isDirectory();
        }
    }

    @Test
    void openingASubfolderFindsTheEnclosingRepository() throws IOException {
        History.open(temp).close();
        Path sub = Files.createDirectories(temp.resolve("suites/core"));

        try (History history = History.open(sub)) {
            assertThat(history.root()).isEqualTo(temp.toRealPath());
            assertThat(sub.resolve(".git")).doesNotExist();
        }
    }

    @Test
    void commitRecordsAuthorAndMessageAndLogListsItNewestFirst() throws IOException {
        Path file = Files.writeString(temp.resolve("expected.json"), "{}\n");
        try (History history = History.open(temp)) {
            history.commit(List.of(file), "Ana Reviewer", "ana@example.org", "First approval");
            Files.writeString(file, "{\"value\": 1}\n");
            History.Revision second = history.commit(List.of(file), "Ben Reviewer", "", "Second approval");

            List<History.Revision> log = history.log(file);

            assertThat(log).extracting(History.Revision::message).containsExactly("Second approval", "First approval");
            assertThat(log.get(0)).isEqualTo(second);
            assertThat(log.get(1).author()).isEqualTo("Ana Reviewer");
            assertThat(log.get(1).email()).isEqualTo("ana@example.org");
            assertThat(log.get(1).id()).hasSize(40);
        }
    }

    @Test
    void commitTakesOnlyTheNamedFilesEvenWhenOthersAreStaged() throws Exception {
        Path named = Files.writeString(temp.resolve("named.json"), "{}\n");
        Path other = Files.writeString(temp.resolve("other.txt"), "staged, not named\n");
        try (History history = History.open(temp);
                Git git = Git.open(temp.toFile())) {
            git.add().addFilepattern("other.txt").call();

            history.commit(List.of(named), "Ana Reviewer", "", "Approve");

            assertThat(history.log(named)).hasSize(1);
            assertThat(history.log(other)).isEmpty();
            assertThat(git.status().call().getAdded()).containsExactly("other.txt");
        }
    }

    @Test
    void logOfAFileNeverCommittedIsEmpty() {
        try (History history = History.open(temp)) {
            assertThat(history.log(temp.resolve("nothing.json"))).isEmpty();
        }
    }

    @Test
    void fileOutsideTheRepositoryIsRefusedNamingBoth() throws IOException {
        Path repository = Files.createDirectories(temp.resolve("repository"));
        Path outside = Files.writeString(temp.resolve("outside.json"), "{}\n");

        try (History history = History.open(repository)) {
            assertThatThrownBy(() -> history.commit(List.of(outside), "Ana", "", "m"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside.json")
                    .hasMessageContaining("outside the repository");
        }
    }
}
