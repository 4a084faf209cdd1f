package org.losi.engine.history;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.losi.engine.authoring.Author;
import org.losi.engine.authoring.SaveListener;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.rules.EditionSource;

/**
 * The git history of the editions in a rules folder: every save is a commit; any two revisions of an edition are
 * compared item by item; an old revision's files can be read back for restoring.
 */
public final class EditionHistory implements SaveListener {
    /** The name that stands for the edition's files as they are on disk now. */
    public static final String WORKING = "working";

    private final EditionCatalog catalog;

    public EditionHistory(EditionCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Records a save as a commit of the files it wrote. An edition git has never seen is committed whole, so that
     * every revision holds a complete edition.
     */
    @Override
    public void saved(String edition, List<Path> files, Author author, String message) {
        try (History history = History.open(catalog.rules())) {
            Path folder = catalog.folder(edition);
            List<Path> paths = files;
            if (history.log(folder).isEmpty()) {
                paths = new java.util.ArrayList<>(files);
                for (var file : EditionSource.read(folder).files()) {
                    Path path = folder.resolve(file.name());
                    if (!paths.contains(path)) {
                        paths.add(path);
                    }
                }
            }
            history.commit(paths, author.name(), author.email(), edition + ": " + message);
        }
    }

    /** The commits that changed the edition's folder, newest first. */
    public List<History.Revision> revisions(String edition) {
        try (History history = History.open(catalog.rules())) {
            return history.log(catalog.folder(edition));
        }
    }

    /** The edition's rule files at a revision, or as on disk for {@link #WORKING}. */
    public Map<String, String> files(String edition, String revision) {
        if (WORKING.equals(revision)) {
            Map<String, String> files = new java.util.TreeMap<>();
            EditionSource.read(catalog.folder(edition)).files().forEach(f -> files.put(f.name(), f.text()));
            return files;
        }
        try (History history = History.open(catalog.rules())) {
            Map<String, String> files = new java.util.TreeMap<>(history.filesAt(revision, catalog.folder(edition)));
            files.keySet().removeIf(name -> !name.endsWith(".drl"));
            if (files.isEmpty()) {
                throw new HistoryException("edition " + edition + " has no rule files at revision " + revision, null);
            }
            return files;
        }
    }

    /** The edition compiled as it was at a revision. */
    public Edition at(String edition, String revision) {
        return EditionLoader.load(EditionSource.of(edition, catalog.folder(edition), files(edition, revision)));
    }

    /** What changed from one revision to another, item by item. */
    public List<EditionDiff.Change> diff(String edition, String from, String to) {
        return EditionDiff.between(at(edition, from), at(edition, to));
    }
}
