package org.losi.engine.regression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.InputException;

/**
 * A regression suite: a folder holding {@code cases.json}, assessments in the product's JSON form, and
 * {@code expected/<edition-id>.json}, what each case must score under each edition. The suite's name is its folder's.
 *
 * <p>Cases may answer items an edition does not have, so that one suite serves editions that add or drop items.
 */
public record Suite(String name, Path folder, AssessmentSet cases) {
    public static final String CASES = "cases.json";
    public static final String EXPECTED = "expected";

    /**
     * Reads the suite in a folder.
     *
     * @throws InputException if the folder has no readable {@code cases.json}
     */
    public static Suite open(Path folder) {
        Path cases = folder.resolve(CASES);
        if (!Files.isRegularFile(cases)) {
            throw new InputException(cases.toString(), 0, 0, "no " + CASES + ": a suite folder holds its cases there");
        }
        return new Suite(folder.getFileName().toString(), folder, AssessmentReaders.read(cases, code -> true));
    }

    /** Every suite in a folder of suites, in name order: its sub-folders that hold a {@code cases.json}. */
    public static List<Suite> all(Path suites) {
        if (!Files.isDirectory(suites)) {
            throw new IllegalArgumentException("no suites folder at " + suites.toAbsolutePath());
        }
        try (Stream<Path> folders = Files.list(suites)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(CASES)))
                    .sorted()
                    .map(Suite::open)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + suites, e);
        }
    }

    /** Where the expectations for an edition are kept, whether or not they exist yet. */
    public Path expectations(String editionId) {
        return folder.resolve(EXPECTED).resolve(editionId + ".json");
    }

    /** The editions this suite has expectations for, in name order. */
    public List<String> editions() {
        Path expected = folder.resolve(EXPECTED);
        if (!Files.isDirectory(expected)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(expected)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + expected, e);
        }
    }

    /** The ids of the cities the cases assess, in the order they first appear. */
    public List<String> caseIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Assessment assessment : cases.assessments()) {
            ids.add(assessment.cityId());
        }
        return new ArrayList<>(ids);
    }
}
