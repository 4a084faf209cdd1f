package org.losi.designer.web.analysis;

import org.losi.engine.methodology.Edition;

/** Which edition, exactly, an analysis used: its id, its title and the hash of its rule files. */
record EditionRef(String id, String title, String hash) {
    static EditionRef of(Edition edition) {
        return new EditionRef(edition.id(), edition.title(), edition.hash());
    }
}
