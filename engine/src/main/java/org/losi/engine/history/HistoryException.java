package org.losi.engine.history;

/** A history that cannot be read or written: no such folder, a broken repository, a commit git refused. */
public final class HistoryException extends RuntimeException {
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
