package org.losi.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The methodology lives in rules/ only: no Java source may name an item, a criterion or a criterion's name. */
class NoItemCodeInJavaTest {
    private static final Pattern DECLARED = Pattern.compile("@(?:code|criterion|name)\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noJavaSourceNamesAnItemCodeOrCriterionOfAnyEdition() throws IOException {
        Path root = Repository.root();
        Set<String> declared = declaredNames(root.resolve("rules"));
        List<String> hits = new ArrayList<>();

        for (Path source : javaSources(root)) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher literal = STRING_LITERAL.matcher(lines.get(i));
                while (literal.find()) {
                    if (declared.contains(literal.group(1))) {
                        hits.add(root.relativize(source) + ":" + (i + 1) + " names \"" + literal.group(1) + "\"");
                    }
                }
            }
        }

        assertThat(declared).as("codes and criteria read from rules/").hasSizeGreaterThan(100);
        assertThat(hits).isEmpty();
    }

    private static Set<String> declaredNames(Path rules) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher declaration = DECLARED.matcher(Files.readString(drl));
                while (declaration.find()) {
                    names.add(declaration.group(1));
                }
            }
        }
        return names;
    }

    private static List<Path> javaSources(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("engine", "designer")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main"))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }
}
