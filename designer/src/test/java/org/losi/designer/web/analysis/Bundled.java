package org.losi.designer.web.analysis;

import org.losi.designer.Repository;
import org.losi.designer.web.DesignerServer;

/** The designer on the bundled editions and samples, which the analysis tests read. */
final class Bundled {
    static final String VALDORIA = "valdoria/assessments.json";

    private Bundled() {}

    /** The designer on the repository's own rules and samples, on a free port. */
    static DesignerServer startOnRepository() {
        return DesignerServer.start(Repository.rules(), Repository.samples(), null, 0);
    }
}
