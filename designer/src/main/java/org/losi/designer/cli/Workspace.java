package org.losi.designer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.methodology.EditionLoader;
import picocli.CommandLine.Option;

/** Options shared by the commands that read editions: where the rules folder is, and how to name an edition. */
public final class Workspace {
    @Option(
            names = "--rules",
            paramLabel = "DIR",
            defaultValue = "rules",
            description = "Folder of methodology editions (default: ${DEFAULT-VALUE}).")
    Path rules;

    EditionCatalog catalog() {
        return new EditionCatalog(rules);
    }

    /** An edition by id in the rules folder, or by the path of its folder. */
    Edition edition(String idOrPath) {
        Path asPath = Path.of(idOrPath);
        if (Files.isDirectory(asPath)) {
            return EditionLoader.load(asPath);
        }
        EditionCatalog catalog = catalog();
        if (!catalog.ids().contains(idOrPath)) {
            throw new IllegalArgumentException("no edition \"" + idOrPath + "\" in " + catalog.rules()
                    + "; editions there: " + String.join(", ", catalog.ids()));
        }
        return catalog.get(idOrPath);
    }

    /**
     * Reads and merges assessment files. Answers must name items that some edition of the rules folder declares, or
     * one of the given editions, which may live elsewhere.
     */
    AssessmentSet read(List<Path> files, Edition... editions) {
        Set<String> known = new HashSet<>(catalog().knownItems());
        for (Edition edition : editions) {
            edition.items().forEach(i -> known.add(i.code()));
        }
        if (files.size() == 1) {
            return AssessmentReaders.read(files.get(0), known::contains);
        }
        List<Assessment> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(AssessmentReaders.read(file, known::contains).assessments());
        }
        return AssessmentSet.of(files.get(0).getFileName().toString(), all);
    }
}
