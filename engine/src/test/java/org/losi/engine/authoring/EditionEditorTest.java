package org.losi.engine.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.engine.Bundled;
import org.losi.engine.Editions;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.Channel;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.authoring.Condition.Kind;
import org.losi.engine.authoring.Condition.Limit;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.Scorer;

class EditionEditorTest {
    private static final Author ANA = new Author("Ana Author", "ana@example.org");

    @TempDir
    Path rules;

    private EditionCatalog catalog;
    private EditionEditor editor;
    private final List<String> saves = new ArrayList<>();

    @BeforeEach
    void copyEditions() throws IOException {
        copy(Editions.folder("tiny"), rules.resolve("tiny"));
        copy(Bundled.edition("losi-2024"), rules.resolve("losi-2024"));
        catalog = new EditionCatalog(rules);
        editor = new EditionEditor(
                catalog,
                (edition, files, author, message) -> saves.add(edition + ": " + message + " by " + author.name() + " "
                        + files.stream().map(f -> f.getFileName().toString()).toList()));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static ItemForm chatbotItem() {
        Condition condition = new Condition(
                Kind.CHANNELS,
                List.of("portal", "chatbot"),
                null,
                0,
                false,
                List.of(new Limit("population", ">=", "50000")));
        return new ItemForm(
                "AI1",
                "A",
                "An AI assistant that hands over to a person",
                2,
                "Offer a hand-over to staff",
                "OSI-TII",
                null,
                condition,
                null);
    }

    private static Assessment city(String id, long population, Answer... answers) {
        return new Assessment(
                new CityProfile(id, id, "TST", population, "urban", null, null, Map.of()), List.of(answers));
    }

    @Test
    void formWritesAChannelIndependentItemThatScoresWithoutJava() {
        SaveResult result = editor.saveItem("tiny", catalog.get("tiny").hash(), null, chatbotItem(), ANA);

        Edition edition = catalog.get("tiny");
        Answer onChatbot = new Answer("AI1", AnswerValue.YES, Channel.CHATBOT, null, null, null, null);
        var report = Scorer.score(
                edition, AssessmentSet.of("t", List.of(city("big", 90_000, onChatbot), city("small", 900, onChatbot))));
        assertThat(result.saved()).isTrue();
        assertThat(result.changes()).extracting(EditionDiff.Change::kind).containsExactly(EditionDiff.Kind.ITEM_ADDED);
        assertThat(edition.item("AI1").orElseThrow().weight()).isEqualTo(2);
        assertThat(report.city("big").orElseThrow().item("AI1").orElseThrow().outcome())
                .isEqualTo(Outcome.MET);
        assertThat(report.city("small").orElseThrow().item("AI1").orElseThrow().outcome())
                .isEqualTo(Outcome.MISSED);
        assertThat(saves).containsExactly("tiny: item AI1 added by Ana Author [items.drl]");
    }

    @Test
    void formReadsBackTheItemItWrote() {
        editor.saveItem("tiny", null, null, chatbotItem(), ANA);

        ItemForm read = editor.form(catalog.get("tiny"), "AI1").orElseThrow();

        assertThat(read)
                .isEqualTo(new ItemForm(
                        "AI1",
                        "A",
                        "An AI assistant that hands over to a person",
                        2.0,
                        "Offer a hand-over to staff",
                        "OSI-TII",
                        null,
                        chatbotItem().condition(),
                        "items.drl"));
    }

    @Test
    void formSaysItCannotRepresentAHandWrittenRule() throws IOException {
        String items = Files.readString(rules.resolve("tiny/items.drl"))
                .replace("City( yes(\"P1\") )", "City( yes(\"P1\") || yesAnywhere(\"C1\") )");
        editor.saveFile("tiny", null, "items.drl", items, ANA);

        assertThat(editor.form(catalog.get("tiny"), "P1")).isEmpty();
        assertThat(editor.form(catalog.get("tiny"), "R1")).isPresent();
    }

    @Test
    void editThatDoesNotCompileIsKeptAsDraftAndNeverReplacesTheWorkingFiles() throws IOException {
        String before = Files.readString(rules.resolve("tiny/items.drl"));
        String hash = catalog.get("tiny").hash();

        SaveResult result =
                editor.saveFile("tiny", hash, "items.drl", before.replace("yes(\"P1\")", "yes(\"P1\""), ANA);

        assertThat(result.saved()).isFalse();
        assertThat(result.problems())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("items.drl"));
        assertThat(result.problems().get(0).rule()).isEqualTo("item P1");
        assertThat(Files.readString(rules.resolve("tiny/items.drl"))).isEqualTo(before);
        assertThat(catalog.get("tiny").hash()).isEqualTo(hash);
        assertThat(editor.drafts("tiny")).containsExactly(result.draft());
        assertThat(editor.draft("tiny", result.draft()).get("items.drl")).contains("City( yes(\"P1\" )");
        assertThat(saves).isEmpty();
    }

    @Test
    void secondSaveOnAnOlderStateIsRefusedWithWhatChangedAndKeptAsDraft() {
        String opened = catalog.get("tiny").hash();
        editor.saveItem("tiny", opened, null, chatbotItem(), ANA);
        ItemForm reworded = new ItemForm("P1", "A", "Reworded by Ben", 1, null, null, null, Condition.portal(), null);

        ConflictException conflict = catchThrowableOfType(
                ConflictException.class,
                () -> editor.saveItem("tiny", opened, "P1", reworded, new Author("Ben", null)));

        assertThat(conflict.getMessage()).contains("saved by someone else").contains(conflict.draft());
        assertThat(conflict.currentHash()).isEqualTo(catalog.get("tiny").hash());
        assertThat(conflict.changes())
                .extracting(EditionDiff.Change::kind, EditionDiff.Change::subject)
                .containsExactly(org.assertj.core.api.Assertions.tuple(EditionDiff.Kind.ITEM_ADDED, "AI1"));
        assertThat(conflict.yours())
                .extracting(EditionDiff.Change::kind, EditionDiff.Change::subject)
                .containsExactly(org.assertj.core.api.Assertions.tuple(EditionDiff.Kind.REWORDED, "P1"));
        assertThat(catalog.get("tiny").item("P1").orElseThrow().wording()).isEqualTo("Yes on the portal only");
        assertThat(editor.draft("tiny", conflict.draft()).get("items.drl")).contains("Reworded by Ben");
    }

    @Test
    void finalEditionIsReadOnly() {
        assertThatThrownBy(() -> editor.saveItem("losi-2024", null, null, chatbotItem(), ANA))
                .isInstanceOf(ReadOnlyException.class)
                .hasMessageContaining("fork");
    }

    @Test
    void forkMakesABetaEditionBasedOnTheFinalOneAndLeavesItUntouched() {
        String original = catalog.get("losi-2024").hash();

        Edition beta = editor.fork("losi-2024", "losi-2026-beta", "LOSI 2026 beta", ANA);

        assertThat(beta.status()).isEqualTo("beta");
        assertThat(beta.basedOn()).isEqualTo("losi-2024");
        assertThat(beta.title()).isEqualTo("LOSI 2026 beta");
        assertThat(beta.items()).hasSize(95);
        assertThat(catalog.get("losi-2024").hash()).isEqualTo(original);
        assertThat(saves)
                .singleElement()
                .asString()
                .startsWith("losi-2026-beta: edition losi-2026-beta forked from losi-2024");
    }

    @Test
    void movingACutOffMovesItForTheNeighbouringBandToo() {
        SaveResult result = editor.saveBand("tiny", null, "high", 0.6, true, 0.75, true, ANA);

        assertThat(result.saved()).as("%s", result.problems()).isTrue();
        assertThat(band("high").lower()).isEqualTo(0.6);
        assertThat(band("high").lowerInclusive()).isTrue();
        assertThat(band("middle").upper()).isEqualTo(0.6);
        assertThat(band("middle").upperInclusive()).isFalse();
    }

    private Band band(String level) {
        return catalog.get("tiny").bands().stream()
                .filter(b -> b.level().equals(level))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void criterionIsAddedAndAggregationChangedByForm() {
        editor.saveCriterion("tiny", null, "AI", "AI and emerging technology", 2, ANA);
        editor.saveAggregation("tiny", null, Aggregation.MEAN_OF_CRITERIA, ANA);

        Edition edition = catalog.get("tiny");
        assertThat(edition.criterion("AI").orElseThrow().name()).isEqualTo("AI and emerging technology");
        assertThat(edition.aggregation()).isEqualTo(Aggregation.MEAN_OF_CRITERIA);
    }

    @Test
    void removedItemLeavesTheRestOfItsFileIntact() {
        editor.removeItem("tiny", null, "X1", ANA);

        Edition edition = catalog.get("tiny");
        assertThat(edition.items()).extracting(i -> i.code()).containsExactly("P1", "C1", "R1");
    }

    @Test
    void formFieldThatCannotBeWrittenNamesTheField() {
        ItemForm bad = new ItemForm("AI 1", "A", "x", 1, null, null, null, Condition.portal(), null);

        assertThatThrownBy(() -> editor.saveItem("tiny", null, null, bad, ANA))
                .isInstanceOf(FormException.class)
                .hasMessageContaining("code")
                .hasMessageContaining("\"AI 1\"");
    }

    @Test
    void staleEditThatAlsoDoesNotCompileIsStillAConflict() throws IOException {
        String opened = catalog.get("tiny").hash();
        editor.saveItem("tiny", opened, null, chatbotItem(), ANA);
        String broken = Files.readString(rules.resolve("tiny/items.drl")).replace("yes(\"P1\")", "yes(\"P1\"");

        ConflictException conflict = catchThrowableOfType(
                ConflictException.class, () -> editor.saveFile("tiny", opened, "items.drl", broken, ANA));

        assertThat(conflict.changes()).isNotEmpty();
        assertThat(conflict.yours()).isEmpty();
        assertThat(editor.draft("tiny", conflict.draft()).get("items.drl")).contains("yes(\"P1\" )");
    }

    @Test
    void editWhoseRuleFailsWhileScoringIsRefusedNamingTheRule() throws IOException {
        String items = Files.readString(rules.resolve("tiny/items.drl")) + """

                rule "item Z9"
                    @code("Z9") @criterion("A") @weight(1) @wording("Reads an attribute some cities lack")
                when
                    City( attribute("capital").length() > 2 )
                then
                end
                """;

        SaveResult result = editor.saveFile("tiny", null, "items.drl", items, ANA);

        assertThat(result.saved()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.check()).isEqualTo("scoring");
            assertThat(p.rule()).isEqualTo("item Z9");
            assertThat(p.file()).isEqualTo("items.drl");
            assertThat(p.message()).contains("null pointer");
        });
        assertThat(catalog.get("tiny").item("Z9")).isEmpty();
    }

    @Test
    void bandEditLeavingAGapIsRefusedByLintAndKeptAsDraft() throws IOException {
        String declarations =
                Files.readString(rules.resolve("tiny/edition.drl")).replace("@lower(0.75)", "@lower(0.8)");

        SaveResult result = editor.saveFile("tiny", null, "edition.drl", declarations, ANA);

        assertThat(result.saved()).isFalse();
        assertThat(result.problems()).extracting(p -> p.check()).contains("band-gap");
        assertThat(result.draft()).isNotNull();
        assertThat(catalog.get("tiny").bands().get(0).lower()).isEqualTo(0.75);
    }

    @Test
    void formKeepsTheCommentsAnAuthorWroteInTheCondition() throws IOException {
        String items = Files.readString(rules.resolve("tiny/items.drl"))
                .replace(
                        "    City( yesAnywhere(\"C1\") )",
                        "    // Channel-independent: any channel counts.\n    City( yesAnywhere(\"C1\") )");
        editor.saveFile("tiny", null, "items.drl", items, ANA);
        ItemForm c1 = editor.form(catalog.get("tiny"), "C1").orElseThrow();

        editor.saveItem(
                "tiny",
                null,
                "C1",
                new ItemForm("C1", "A", "Reworded", 1, null, null, null, c1.condition(), null),
                ANA);

        assertThat(Files.readString(rules.resolve("tiny/items.drl")))
                .contains("    // Channel-independent: any channel counts.\n    City( yesAnywhere(\"C1\") )");
    }

    @Test
    void saveThatChangesNothingRecordsNothing() {
        editor.saveItem("tiny", null, null, chatbotItem(), ANA);
        ItemForm written = editor.form(catalog.get("tiny"), "AI1").orElseThrow();

        SaveResult result = editor.saveItem("tiny", null, "AI1", written, ANA);

        assertThat(result.saved()).isTrue();
        assertThat(result.changes()).isEmpty();
        assertThat(saves).hasSize(1);
    }

    @Test
    void editionBrokenOnDiskIsRepairedThroughTheRuleFileEditor() throws IOException {
        Path items = rules.resolve("tiny/items.drl");
        String working = Files.readString(items);
        Files.writeString(items, working.replace("City( yes(\"P1\") )", "City( yes(\"P1\" )"));
        assertThatThrownBy(() -> catalog.get("tiny")).isInstanceOf(org.losi.engine.rules.EditionException.class);

        SaveResult stillBroken = editor.saveFile(
                "tiny", null, "items.drl", working.replace("yesAnywhere(\"C1\")", "yesAnywhere(\"C1\""), ANA);
        SaveResult repaired = editor.saveFile("tiny", null, "items.drl", working, ANA);

        assertThat(stillBroken.saved()).isFalse();
        assertThat(stillBroken.draft()).isNotNull();
        assertThat(repaired.saved()).isTrue();
        assertThat(catalog.get("tiny").items()).hasSize(4);
        assertThat(saves).singleElement().asString().contains("repairs an edition that did not compile");
    }
}
