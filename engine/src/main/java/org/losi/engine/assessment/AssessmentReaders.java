package org.losi.engine.assessment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads assessments in any of the forms the product takes, choosing by the file's extension:
 *
 * <ul>
 *   <li>{@code .json}: the product's own form;
 *   <li>{@code .csv}: a wide spreadsheet export, one row per city (or per city and assessor), one column per item;
 *   <li>{@code .ndjson} or {@code .jsonl}: an assessment tool's answer export, with its exclusion report beside it as
 *       {@code <base>.exclusions.ndjson} when there is one.
 * </ul>
 *
 * <p>Each reader reads the whole file before it returns. Any problem throws {@link InputException} naming the file,
 * line and column and quoting the value; nothing of a file that fails is returned.
 */
public final class AssessmentReaders {
    private static final String EXCLUSIONS = ".exclusions";

    private AssessmentReaders() {}

    /**
     * Reads a file of assessments in the form its extension names.
     *
     * @param knownItem accepts the item codes some edition defines; an answer naming another code is an error
     * @throws InputException naming the file, line and column of the first problem
     */
    public static AssessmentSet read(Path file, Predicate<String> knownItem) {
        requireFile(file);
        String extension = extensionOf(file);
        return switch (extension) {
            case ".json" -> ProductJsonReader.read(file, knownItem);
            case ".csv" -> WideCsvReader.read(file, knownItem);
            case ".ndjson", ".jsonl" -> ToolExportReader.read(toolExport(file), exclusionsBeside(file), knownItem);
            default ->
                throw new InputException(
                        file.toString(),
                        0,
                        0,
                        "unknown input form " + Quoted.of(extension)
                                + "; expected a .json, .csv, .ndjson or .jsonl file");
        };
    }

    /**
     * Reads an assessment tool's NDJSON export together with the exclusion report at a path of one's choosing.
     *
     * @throws InputException naming the file, line and column of the first problem in either file
     */
    public static AssessmentSet read(Path answers, Path exclusions, Predicate<String> knownItem) {
        requireFile(answers);
        requireFile(exclusions);
        String extension = extensionOf(answers);
        if (!extension.equals(".ndjson") && !extension.equals(".jsonl")) {
            throw new InputException(
                    answers.toString(),
                    0,
                    0,
                    "an exclusion report goes with an assessment tool's" + " .ndjson or .jsonl export, not with a "
                            + Quoted.of(extension) + " file");
        }
        return ToolExportReader.read(toolExport(answers), exclusions, knownItem);
    }

    /** The file's name without its last extension: {@code assessments} for {@code assessments.csv}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private static Path toolExport(Path file) {
        if (baseName(file).toLowerCase(Locale.ROOT).endsWith(EXCLUSIONS)) {
            throw new InputException(
                    file.toString(),
                    0,
                    0,
                    "this is an exclusion report; read the answer export"
                            + " beside it, which finds the report by its name");
        }
        return file;
    }

    /** {@code export.exclusions.ndjson} beside {@code export.ndjson} (or {@code .jsonl}), or null if there is none. */
    private static Path exclusionsBeside(Path file) {
        String base = baseName(file) + EXCLUSIONS;
        for (String extension : new String[] {extensionOf(file), ".ndjson", ".jsonl"}) {
            Path beside = file.resolveSibling(base + extension);
            if (Files.isRegularFile(beside)) {
                return beside;
            }
        }
        return null;
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), 0, 0, "no such file");
        }
    }
}
