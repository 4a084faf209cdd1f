package org.losi.engine.authoring;

import java.util.List;
import org.losi.engine.methodology.EditionDiff;

/**
 * An edit based on an older state of the edition than the one saved now: someone else saved in between. The edit
 * is kept as a draft; the exception says what others changed and what the edit would change.
 */
public final class ConflictException extends RuntimeException {
    private final String currentHash;
    private final String draft;
    private final List<EditionDiff.Change> changes;
    private final List<EditionDiff.Change> yours;

    /**
     * @param changes what others saved since the author opened the edition; empty when that state is not remembered
     * @param yours what the refused edit would change in the edition as saved now
     */
    public ConflictException(
            String edition,
            String currentHash,
            String draft,
            List<EditionDiff.Change> changes,
            List<EditionDiff.Change> yours) {
        super("edition " + edition + " was saved by someone else since you opened it; your edit is kept as draft "
                + draft + ". Reload the edition, look at what changed, and apply your edit again.");
        this.currentHash = currentHash;
        this.draft = draft;
        this.changes = List.copyOf(changes);
        this.yours = List.copyOf(yours);
    }

    public List<EditionDiff.Change> yours() {
        return yours;
    }

    public String currentHash() {
        return currentHash;
    }

    public String draft() {
        return draft;
    }

    public List<EditionDiff.Change> changes() {
        return changes;
    }
}
