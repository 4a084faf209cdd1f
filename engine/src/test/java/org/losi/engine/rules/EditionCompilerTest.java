package org.losi.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;
import org.losi.engine.Editions;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;

class EditionCompilerTest {

    @Test
    void brokenRuleIsReportedWithItsFileLineAndRuleName() {
        EditionException failure = catchThrowableOfType(
                EditionException.class, () -> EditionLoader.load(Editions.folder("broken-syntax")));

        assertThat(failure.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("items.drl");
            assertThat(problem.rule()).isEqualTo("item P2");
            assertThat(problem.line()).isBetween(13, 16);
        });
        assertThat(failure.getMessage())
                .contains("items.drl:15:4")
                .contains("rule \"item P2\"")
                .contains("did you mean yes?");
    }

    @Test
    void itemNamingAnUndeclaredCriterionIsReportedWithItsRuleAndCode() {
        EditionException failure = catchThrowableOfType(
                EditionException.class, () -> EditionLoader.load(Editions.folder("unknown-criterion")));

        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("items.drl");
            assertThat(problem.line()).isEqualTo(12);
            assertThat(problem.rule()).isEqualTo("item Q1");
            assertThat(problem.item()).isEqualTo("Q1");
            assertThat(problem.message()).contains("\"Q\"");
        });
    }

    @Test
    void editionsBuiltOnSeveralThreadsKeepTheirOwnRules() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Edition>> builds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                builds.add(pool.submit(() -> EditionLoader.load(Editions.folder("tiny"))));
                builds.add(pool.submit(() -> EditionLoader.load(Bundled.edition("losi-2024"))));
            }
            for (Future<Edition> build : builds) {
                Edition edition = build.get();
                int rules = edition.kieBase().getKiePackages().stream()
                        .mapToInt(p -> p.getRules().size())
                        .sum();
                assertThat(rules).isEqualTo(edition.id().equals("tiny") ? 4 + 7 : 95 + 11);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ruleFileThatIsNotUtf8IsNamedAsSuch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Files.write(
                folder.resolve("items.drl"), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xC3, (byte) 0x28});

        EditionException failure = catchThrowableOfType(EditionException.class, () -> EditionSource.read(folder));

        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("items.drl");
            assertThat(p.message()).contains("not UTF-8");
        });
    }

    @Test
    void missingParenthesisIsToldInPlainWordsOnceAtItsRule() throws Exception {
        java.nio.file.Path folder = Editions.folder("tiny");
        String items = java.nio.file.Files.readString(folder.resolve("items.drl")).replace("City( yes(\"P1\") )", "City( yes(\"P1\" )");
        EditionSource source = EditionSource.of("tiny-typo", folder, java.util.Map.of(
                "edition.drl", java.nio.file.Files.readString(folder.resolve("edition.drl")), "items.drl", items));

        EditionException failure = catchThrowableOfType(EditionException.class, () -> EditionLoader.load(source));

        assertThat(failure.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("item P1");
            assertThat(p.message()).startsWith("Drools did not expect 'then' here; a parenthesis");
        });
    }
}
