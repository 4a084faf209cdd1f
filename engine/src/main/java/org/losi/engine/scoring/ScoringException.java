package org.losi.engine.scoring;

/** A rule failed at run time, for example a condition naming a channel that does not exist. */
public final class ScoringException extends RuntimeException {
    public ScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
