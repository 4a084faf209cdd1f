package org.losi.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.losi.engine.Bundled;
import org.losi.engine.methodology.EditionCatalog;

/** The small input files under {@code src/test/resources/assessment}, read with the bundled editions' item codes. */
final class Fixtures {
    private static final Set<String> KNOWN = new EditionCatalog(Bundled.rules()).knownItems();

    static final Predicate<String> KNOWN_ITEMS = KNOWN::contains;

    private Fixtures() {}

    static Path path(String name) {
        URL url = Objects.requireNonNull(Fixtures.class.getResource("/assessment/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static AssessmentSet read(String name) {
        return AssessmentReaders.read(path(name), KNOWN_ITEMS);
    }

    /** The error reading the fixture gives, checked to name the fixture's file, line and column. */
    static InputException failure(String name, long line, long column) {
        InputException error = catchThrowableOfType(InputException.class, () -> read(name));

        assertThat(error).as("reading %s should fail", name).isNotNull();
        assertThat(error.file()).endsWith(Path.of(name).getFileName().toString());
        assertThat(error.line()).as("line").isEqualTo(line);
        assertThat(error.column()).as("column").isEqualTo(column);
        assertThat(error.getMessage()).startsWith(error.file() + ", line " + line);
        return error;
    }
}
