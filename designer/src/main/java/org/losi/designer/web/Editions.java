package org.losi.designer.web;

import java.util.List;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.rules.EditionException;
import org.losi.engine.rules.EditionSource;

/** The rules folder's editions as the API sees them: an unknown id is a 404, a broken edition a 422. */
public final class Editions {
    private final EditionCatalog catalog;

    Editions(EditionCatalog catalog) {
        this.catalog = catalog;
    }

    List<String> ids() {
        return catalog.ids();
    }

    EditionCatalog catalog() {
        return catalog;
    }

    /**
     * The compiled edition.
     *
     * @throws ApiError 404 for an id the rules folder does not hold, 422 with the problems if it does not compile
     */
    public Edition compiled(String id) {
        requireKnown(id);
        try {
            return catalog.get(id);
        } catch (EditionException e) {
            throw doesNotCompile(e);
        }
    }

    static ApiError doesNotCompile(EditionException e) {
        return ApiError.withProblems(
                "edition-does-not-compile",
                "edition " + e.edition() + " cannot be used: " + e.problems().size()
                        + (e.problems().size() == 1 ? " problem" : " problems") + " in its rules",
                e.problems());
    }

    void requireKnown(String id) {
        List<String> ids = catalog.ids();
        if (!ids.contains(id)) {
            throw ApiError.notFound(
                    "edition-not-found",
                    "no edition \"" + id + "\" in the rules folder; editions: "
                            + (ids.isEmpty() ? "none" : String.join(", ", ids)));
        }
    }

    /**
     * The rule files of an edition, whether or not they compile: what lint reads.
     *
     * @throws ApiError 404 for an id the rules folder does not hold
     */
    public EditionSource source(String id) {
        requireKnown(id);
        return EditionSource.read(catalog.folder(id));
    }
}
