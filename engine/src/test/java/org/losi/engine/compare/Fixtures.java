package org.losi.engine.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.losi.engine.Editions;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.scoring.ScoreReport;
import org.losi.engine.scoring.Scorer;

/** The editions and assessments under {@code src/test/resources/compare}, and the small {@code tiny} edition. */
public final class Fixtures {
    private Fixtures() {}

    /** {@code tiny}, or one of the editions made from it for comparisons. */
    public static Edition edition(String name) {
        return EditionLoader.load(folder(name));
    }

    /**
     * An edition made from a fixture edition by replacing text in one of its files, as an author's edit would.
     *
     * @param replacements pairs of the text to find and the text to put in its place
     */
    public static Edition variant(String name, String file, String... replacements) {
        Path folder = folder(name);
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path drl : files.toList()) {
                texts.put(drl.getFileName().toString(), Files.readString(drl));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = texts.get(file);
        for (int r = 0; r < replacements.length; r += 2) {
            if (text == null || !text.contains(replacements[r])) {
                throw new IllegalArgumentException(name + "/" + file + " has no \"" + replacements[r] + "\"");
            }
            text = text.replace(replacements[r], replacements[r + 1]);
        }
        texts.put(file, text);
        return EditionLoader.load(EditionSource.of(name + "-variant", folder, texts));
    }

    public static AssessmentSet assessments(String name) {
        return AssessmentReaders.read(resource("assessments/" + name + ".json"), code -> true);
    }

    public static ScoreReport score(Edition edition, String assessments) {
        return Scorer.score(edition, assessments(assessments));
    }

    private static Path folder(String name) {
        return name.equals("tiny") ? Editions.folder("tiny") : resource("editions/" + name);
    }

    private static Path resource(String path) {
        try {
            return Path.of(Fixtures.class.getResource("/compare/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test fixture compare/" + path, e);
        }
    }
}
