package org.losi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The methodology lives in the rules: no main Java source may name an item or a criterion by its code. */
class NoCodesInJavaTest {
    private static final Pattern DECLARED_CODE = Pattern.compile("@(?:code|criterion)\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern COMMENT_OR_LITERAL = Pattern.compile(String.join(
            "|",
            "\"\"\"[\\s\\S]*?\"\"\"",
            "//[^\\n]*",
            "/\\*[\\s\\S]*?\\*/",
            "\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            "'(?:[^'\\\\\\n]|\\\\.)*'"));

    @Test
    void noMainSourceHoldsAnItemOrCriterionCodeAsAStringLiteral() throws IOException {
        Set<String> codes = declaredCodes();
        List<String> found = new ArrayList<>();

        for (Path source : mainSources()) {
            String text = Files.readString(source);
            Matcher token = COMMENT_OR_LITERAL.matcher(text);
            while (token.find()) {
                if (token.group(1) != null && codes.contains(token.group(1).trim())) {
                    found.add(Bundled.root().relativize(source) + ":" + lineOf(text, token.start()) + " "
                            + token.group());
                }
            }
        }

        assertThat(codes).contains("281", "236-IF", "TEC");
        assertThat(found).isEmpty();
    }

    private static Set<String> declaredCodes() throws IOException {
        Set<String> codes = new HashSet<>();
        try (Stream<Path> files = Files.walk(Bundled.rules())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher code = DECLARED_CODE.matcher(Files.readString(file));
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        return codes;
    }

    private static List<Path> mainSources() {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("engine", "designer")) {
            Path main = Bundled.root().resolve(module).resolve("src/main/java");
            if (Files.isDirectory(main)) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertThat(sources).isNotEmpty();
        return sources;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
