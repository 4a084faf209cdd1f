package org.losi.engine.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.RuleFile;

/**
 * An edition's declarations as its rules write them, read without judging them: the loader refuses an edition
 * whose declarations contradict themselves, lint has to see them to say so.
 *
 * <p>Metadata comes from the classic parser's build, or the ANTLR4 one's for a rule only it produced. Rules of a file
 * neither parser could read are missing; {@link #unreadFiles()} names those files.
 */
final class Declarations {
    private final List<DeclaredRule> all = new ArrayList<>();
    private final List<String> unreadFiles = new ArrayList<>();

    static Declarations read(EditionSource source, ParserBuild classic, ParserBuild antlr4) {
        Declarations declarations = new Declarations();
        for (RuleFile file : source.files()) {
            boolean read = false;
            for (RuleFile.Located located : file.rules()) {
                Map<String, Object> metadata = classic.built(located.name())
                        ? classic.metadataOf(located.name())
                        : antlr4.metadataOf(located.name());
                if (metadata != null) {
                    declarations.all.add(new DeclaredRule(
                            located.name(), file.name(), located.line(), metadata, conditionOf(file, located)));
                    read = true;
                }
            }
            if (!read && !file.rules().isEmpty()) {
                declarations.unreadFiles.add(file.name());
            }
        }
        return declarations;
    }

    /** The text between the rule's {@code when} line and its last {@code then} line. */
    private static String conditionOf(RuleFile file, RuleFile.Located rule) {
        String[] lines = file.textOf(rule).split("\n", -1);
        int when = -1;
        int then = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (when < 0 && line.matches("when\\b.*")) {
                when = i;
            } else if (when >= 0 && line.matches("then\\b.*")) {
                then = i;
            }
        }
        if (when < 0 || then < 0) {
            return "";
        }
        StringBuilder condition = new StringBuilder(lines[when].strip().substring(4));
        for (int i = when + 1; i < then; i++) {
            condition.append('\n').append(lines[i]);
        }
        return condition.toString().strip();
    }

    /** Rules that declare an item: they carry {@code @code}. */
    List<DeclaredRule> items() {
        return all.stream().filter(r -> r.has("code")).toList();
    }

    /** Rules that declare a level band: {@code @level} and no {@code @code}. */
    List<DeclaredRule> bands() {
        return all.stream().filter(r -> !r.has("code") && r.has("level")).toList();
    }

    /** Rules that declare a criterion: {@code @criterion} alone, without {@code @code} or {@code @level}. */
    List<DeclaredRule> criteria() {
        return all.stream()
                .filter(r -> !r.has("code") && !r.has("level") && r.has("criterion"))
                .toList();
    }

    List<DeclaredRule> all() {
        return all;
    }

    Set<String> criterionCodes() {
        return criteria().stream()
                .map(c -> c.text("criterion"))
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The edition's policy word, for example its aggregation, or null when it states none. */
    String editionPolicy(String key) {
        return all.stream()
                .filter(r -> !r.has("code") && !r.has("level") && !r.has("criterion"))
                .map(r -> r.text(key))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    List<String> unreadFiles() {
        return unreadFiles;
    }

    boolean complete() {
        return unreadFiles.isEmpty();
    }
}
