package org.losi.designer.web.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.losi.designer.web.ApiError;
import org.losi.designer.web.SampleFolder;
import org.losi.engine.assessment.InputException;
import org.losi.engine.regression.Expectations;
import org.losi.engine.regression.Suite;

/**
 * The regression suites the designer serves: the sub-folders of {@code <samples>/suites} that hold a
 * {@code cases.json}. A file that cannot be read is a 422 naming it relative to the samples folder.
 */
final class SuiteFolder {
    static final String FOLDER = "suites";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final SampleFolder samples;
    private final Path root;

    SuiteFolder(SampleFolder samples) {
        this.samples = samples;
        this.root = samples.root().resolve(FOLDER);
    }

    /** Every suite, in name order; none when there is no suites folder. */
    List<Suite> all() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try {
            return Suite.all(root);
        } catch (InputException e) {
            throw unreadable(e);
        }
    }

    /**
     * The suite of that name.
     *
     * @throws ApiError 404 when no suite has the name, 422 when its cases cannot be read
     */
    Suite named(String name) {
        if (!NAME.matcher(name).matches()
                || !Files.isRegularFile(root.resolve(name).resolve(Suite.CASES))) {
            throw ApiError.notFound(
                    "suite-not-found", "no suite \"" + name + "\" in " + FOLDER + "/; suites: " + names());
        }
        try {
            return Suite.open(root.resolve(name));
        } catch (InputException e) {
            throw unreadable(e);
        }
    }

    /** The expectations a suite holds for an edition, or null when it holds none. */
    Expectations expectations(Suite suite, String edition) {
        Path file = suite.expectations(edition);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Expectations.read(file);
        } catch (InputException e) {
            throw unreadable(e);
        }
    }

    /** A file of the samples folder as the API names it: relative, with {@code /} separators. */
    String relative(Path file) {
        return samples.relative(file);
    }

    /** An unreadable cases or expectations file, or sample, named relative to the samples folder. */
    ApiError unreadable(InputException e) {
        return unreadable(samples, e);
    }

    static ApiError unreadable(SampleFolder samples, InputException e) {
        String file = e.file() == null ? "input" : samples.relative(Path.of(e.file()));
        String message = e.file() == null ? e.getMessage() : e.getMessage().replace(e.file(), file);
        return ApiError.badInput(message, new ApiError.InputLocation(file, e.line(), e.column()));
    }

    /** The suites' names, read from the folder alone so that one unreadable suite does not hide the others. */
    private String names() {
        if (!Files.isDirectory(root)) {
            return "none";
        }
        try (Stream<Path> folders = Files.list(root)) {
            List<String> names = folders.filter(f -> Files.isRegularFile(f.resolve(Suite.CASES)))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }
}
