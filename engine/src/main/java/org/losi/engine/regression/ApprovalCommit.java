package org.losi.engine.regression;

import java.nio.file.Path;
import java.util.List;

/**
 * What an approval recorded.
 *
 * @param file the expectations file written
 * @param commit the id of the commit that holds it
 * @param changed the cases that did not pass before the approval
 */
public record ApprovalCommit(Path file, String commit, List<String> changed) {
    public ApprovalCommit {
        changed = List.copyOf(changed);
    }
}
