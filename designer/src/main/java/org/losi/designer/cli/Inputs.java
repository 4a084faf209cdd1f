package org.losi.designer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;

/**
 * Reads assessment files to score under several editions at once: an answer may name an item of any edition in the
 * rules folder or of any edition given, so that a folder edition outside the rules folder lends its codes too.
 */
final class Inputs {
    private Inputs() {}

    static AssessmentSet read(Workspace workspace, List<Path> files, Edition... editions) {
        Set<String> known = new HashSet<>(workspace.catalog().knownItems());
        for (Edition edition : editions) {
            edition.items().forEach(item -> known.add(item.code()));
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
