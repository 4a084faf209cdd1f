package org.losi.designer.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small editions and assessments under {@code src/test/resources/compare} that comparison commands run on. */
final class CompareFixtures {
    private CompareFixtures() {}

    /** A rules folder with {@code tiny}, {@code tiny-revised} and {@code tiny-next}. */
    static String rules() {
        return resource("rules").toString();
    }

    static String assessments(String name) {
        return resource("assessments/" + name + ".json").toString();
    }

    private static Path resource(String path) {
        try {
            return Path.of(CompareFixtures.class.getResource("/compare/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test fixture compare/" + path, e);
        }
    }
}
