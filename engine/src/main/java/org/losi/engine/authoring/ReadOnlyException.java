package org.losi.engine.authoring;

/** A final edition is never edited in place: fork it into a beta. */
public final class ReadOnlyException extends RuntimeException {
    public ReadOnlyException(String edition) {
        super("edition " + edition + " is final and read-only; fork it into a new edition to change it");
    }
}
