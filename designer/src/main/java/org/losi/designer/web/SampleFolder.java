package org.losi.designer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.losi.engine.regression.Suite;

/**
 * The assessment files under the samples folder, named by their path relative to it with {@code /} separators. A
 * name that would lead outside the folder is refused before anything is read.
 */
public final class SampleFolder {
    private static final List<String> FORMS = List.of(".json", ".csv", ".ndjson");
    private static final String EXCLUSION_REPORT = ".exclusions.ndjson";

    private final Path root;

    SampleFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Every assessment file, in path order; an exclusion report belongs to its export and is not listed. */
    List<Sample> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(SampleFolder::isAssessmentFile)
                    .map(this::sample)
                    .filter(s -> !s.path().startsWith(".") && !s.path().contains("/."))
                    .sorted(Comparator.comparing((Sample sample) -> isSuiteCases(sample.path()))
                            .thenComparing(Sample::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the samples folder " + root, e);
        }
    }

    /**
     * The file a relative name stands for.
     *
     * @throws ApiError 400 when the name is missing or leads outside the folder, 404 when no assessment file has it
     */
    public Path resolve(String name) {
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest(
                    "sample-required", "name a sample with ?sample=<path relative to the samples folder>");
        }
        Path file = inside(name);
        if (!Files.isRegularFile(file) || !isAssessmentFile(file)) {
            throw ApiError.notFound("sample-not-found", "no assessment file \"" + name + "\" in the samples folder");
        }
        if (!realPathInside(file)) {
            throw outside(name);
        }
        return file;
    }

    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private Path inside(String name) {
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            throw ApiError.badRequest("sample-path-invalid", "\"" + name + "\" is not a path: " + e.getReason());
        }
        Path file = root.resolve(relative).normalize();
        if (relative.isAbsolute() || !file.startsWith(root) || file.equals(root)) {
            throw outside(name);
        }
        return file;
    }

    /** A symbolic link inside the folder may still point elsewhere. */
    private boolean realPathInside(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static ApiError outside(String name) {
        return ApiError.badRequest(
                "sample-outside-samples", "\"" + name + "\" leads outside the samples folder; name a file inside it");
    }

    private Sample sample(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String form = name.substring(name.lastIndexOf('.') + 1);
        return new Sample(relative(file), form, size(file));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isAssessmentFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return FORMS.stream().anyMatch(name::endsWith) && !name.endsWith(EXCLUSION_REPORT) && !isExpectation(file);
    }

    /** A regression suite's cases are listed after the samples people score, which come first in the pages. */
    private boolean isSuiteCases(String relative) {
        Path file = root.resolve(relative);
        return file.getFileName().toString().equals(Suite.CASES)
                && Files.isDirectory(file.getParent().resolve(Suite.EXPECTED));
    }

    /** A regression suite's expected results sit beside its cases; they are not assessments. */
    private static boolean isExpectation(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder != null
                && folder.getFileName() != null
                && folder.getFileName().toString().equals(Suite.EXPECTED)
                && folder.getParent() != null
                && Files.isRegularFile(folder.getParent().resolve(Suite.CASES));
    }

    /**
     * One assessment file.
     *
     * @param path relative to the samples folder, with {@code /} separators
     * @param form the reader that applies: {@code json}, {@code csv} or {@code ndjson}
     */
    record Sample(String path, String form, long bytes) {}
}
