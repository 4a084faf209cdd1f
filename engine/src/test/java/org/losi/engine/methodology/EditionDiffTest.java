package org.losi.engine.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.Editions;
import org.losi.engine.methodology.EditionDiff.Change;
import org.losi.engine.methodology.EditionDiff.Kind;
import org.losi.engine.rules.EditionSource;

class EditionDiffTest {
    private static Path folder;
    private static Edition tiny;

    @BeforeAll
    static void load() {
        folder = Editions.folder("tiny");
        tiny = EditionLoader.load(folder);
    }

    private static Edition edited(String editionFrom, String editionTo, String itemsFrom, String itemsTo)
            throws IOException {
        String declarations = Files.readString(folder.resolve("edition.drl")).replace(editionFrom, editionTo);
        String items = Files.readString(folder.resolve("items.drl")).replace(itemsFrom, itemsTo);
        return EditionLoader.load(
                EditionSource.of("tiny-edited", folder, Map.of("edition.drl", declarations, "items.drl", items)));
    }

    @Test
    void sameEditionHasNoChanges() {
        assertThat(EditionDiff.between(tiny, tiny)).isEmpty();
    }

    @Test
    void reweightedItemAndChangedConditionAreNamedWithBeforeAndAfter() throws IOException {
        Edition after = edited(
                "x", "x", "@code(\"P1\") @criterion(\"A\") @weight(1)", "@code(\"P1\") @criterion(\"A\") @weight(2)");
        Edition alsoCondition = edited("x", "x", "City( yes(\"P1\") )", "City( yesAnywhere(\"P1\") )");

        assertThat(EditionDiff.between(tiny, after)).containsExactly(new Change(Kind.REWEIGHTED, "P1", "1", "2"));
        assertThat(EditionDiff.between(tiny, alsoCondition))
                .containsExactly(
                        new Change(Kind.CONDITION_CHANGED, "P1", "City( yes(\"P1\") )", "City( yesAnywhere(\"P1\") )"));
    }

    @Test
    void movedBandCutOffIsShownAsIntervals() throws IOException {
        Edition after = edited("@lower(0.75) @lowerInclusive(false)", "@lower(0.75) @lowerInclusive(true)", "x", "x");

        List<Change> changes = EditionDiff.between(tiny, after);

        assertThat(changes).contains(new Change(Kind.BAND_MOVED, "very high", "(0.75, 1]", "[0.75, 1]"));
    }

    @Test
    void removedItemIsListedAndScoresCanChange() throws IOException {
        String items = Files.readString(folder.resolve("items.drl"));
        String withoutX1 = items.substring(0, items.indexOf("rule \"item X1\""))
                + items.substring(items.indexOf("rule \"item R1\""));
        Edition after = EditionLoader.load(EditionSource.of(
                "tiny-less",
                folder,
                Map.of("edition.drl", Files.readString(folder.resolve("edition.drl")), "items.drl", withoutX1)));

        List<Change> changes = EditionDiff.between(tiny, after);

        assertThat(changes)
                .extracting(Change::kind, Change::subject)
                .containsExactly(org.assertj.core.api.Assertions.tuple(Kind.ITEM_REMOVED, "X1"));
        assertThat(changes.get(0).kind().affectsScores()).isTrue();
    }
}
