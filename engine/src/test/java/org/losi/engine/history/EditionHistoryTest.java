package org.losi.engine.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.engine.Editions;
import org.losi.engine.authoring.Author;
import org.losi.engine.authoring.Condition;
import org.losi.engine.authoring.EditionEditor;
import org.losi.engine.authoring.ItemForm;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.methodology.EditionDiff.Change;
import org.losi.engine.methodology.EditionDiff.Kind;

class EditionHistoryTest {
    private static final Author ANA = new Author("Ana Author", "ana@example.org");

    @TempDir
    Path rules;

    private EditionCatalog catalog;
    private EditionHistory history;
    private EditionEditor editor;
    private String first;

    @BeforeEach
    void startAHistory() throws IOException {
        Path tiny = Files.createDirectories(rules.resolve("tiny"));
        try (Stream<Path> files = Files.list(Editions.folder("tiny"))) {
            for (Path file : files.toList()) {
                Files.copy(file, tiny.resolve(file.getFileName()));
            }
        }
        try (History git = History.open(rules)) {
            first = git.commit(
                            List.of(tiny.resolve("edition.drl"), tiny.resolve("items.drl")),
                            "Seed",
                            "",
                            "tiny as bundled")
                    .id();
        }
        catalog = new EditionCatalog(rules);
        history = new EditionHistory(catalog);
        editor = new EditionEditor(catalog, history);
    }

    private static ItemForm p1(double weight, String wording) {
        return new ItemForm("P1", "A", wording, weight, null, null, null, Condition.portal(), null);
    }

    @Test
    void everySaveIsACommitWithItsAuthorAndMessage() {
        editor.saveItem("tiny", null, "P1", p1(2, "Yes on the portal only"), ANA);

        List<History.Revision> revisions = history.revisions("tiny");

        assertThat(revisions)
                .extracting(History.Revision::author, History.Revision::message)
                .containsExactly(tuple("Ana Author", "tiny: item P1 edited"), tuple("Seed", "tiny as bundled"));
        assertThat(revisions.get(0).email()).isEqualTo("ana@example.org");
    }

    @Test
    void twoRevisionsCompareItemByItem() {
        editor.saveItem("tiny", null, "P1", p1(2, "Yes on the portal only"), ANA);
        editor.saveItem("tiny", null, "P1", p1(2, "Reworded"), ANA);
        String second = history.revisions("tiny").get(1).id();

        assertThat(history.diff("tiny", first, second)).containsExactly(new Change(Kind.REWEIGHTED, "P1", "1", "2"));
        assertThat(history.diff("tiny", second, EditionHistory.WORKING))
                .containsExactly(new Change(Kind.REWORDED, "P1", "Yes on the portal only", "Reworded"));
    }

    @Test
    void restoringAnOldRevisionPutsItsFilesBackAndIsItselfRecorded() {
        String original = catalog.get("tiny").hash();
        ItemForm newCriterionItem =
                new ItemForm("AI1", "A", "New", 1, null, null, null, Condition.portal(), "items-ai.drl");
        editor.saveItem("tiny", null, null, newCriterionItem, ANA);
        assertThat(rules.resolve("tiny/items-ai.drl")).exists();

        editor.restore("tiny", catalog.get("tiny").hash(), history.files("tiny", first), first, ANA);

        assertThat(catalog.get("tiny").hash()).isEqualTo(original);
        assertThat(rules.resolve("tiny/items-ai.drl")).doesNotExist();
        assertThat(history.revisions("tiny").get(0).message()).isEqualTo("tiny: restored revision " + first);
        assertThat(history.files("tiny", "HEAD")).doesNotContainKey("items-ai.drl");
    }

    @Test
    void firstSaveOfAnEditionGitHasNeverSeenRecordsTheWholeEdition() throws IOException {
        Path fresh = Files.createDirectories(rules.resolve("fresh"));
        try (Stream<Path> files = Files.list(Editions.folder("tiny"))) {
            for (Path file : files.toList()) {
                Files.copy(file, fresh.resolve(file.getFileName()));
            }
        }

        editor.saveItem("fresh", null, "P1", p1(2, "Yes on the portal only"), ANA);

        assertThat(history.files("fresh", "HEAD")).containsOnlyKeys("edition.drl", "items.drl");
        assertThat(history.at("fresh", "HEAD").item("P1").orElseThrow().weight()).isEqualTo(2);
    }
}
