package org.losi.engine.lint;

import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;

/** The checks lint runs, each with the id its findings carry. */
public enum Check {
    /** A rule file that does not compile; the edition cannot score. */
    COMPILE("compile"),
    /** Metadata the edition loader refuses that no more specific check names, for example a weight that is text. */
    DECLARATIONS("declarations"),
    DUPLICATE_ITEM("duplicate-item"),
    ITEM_WITHOUT_CRITERION("item-without-criterion"),
    ITEM_WITHOUT_WORDING("item-without-wording"),
    UNKNOWN_CRITERION("unknown-criterion"),
    EMPTY_CRITERION("empty-criterion"),
    NEGATIVE_WEIGHT("negative-weight"),
    ZERO_WEIGHTS("zero-weights"),
    BAND_GAP("band-gap"),
    BAND_OVERLAP("band-overlap"),
    BAND_SIDE_UNSTATED("band-side-unstated"),
    BAND_CUT_OFF("band-cut-off"),
    NEVER_FIRES("never-fires"),
    UNKNOWN_ANSWER("unknown-answer"),
    PARSER_REJECTS("parser-rejects"),
    PARSER_METADATA("parser-metadata"),
    /** Said when some checks could not run because a rule file could not be parsed at all. */
    INCOMPLETE("incomplete");

    private final String id;

    Check(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** A finding at a rule, carrying the rule's item code when it declares an item. */
    Problem at(DeclaredRule rule, Severity severity, String message) {
        Object code = rule.metadata().get("code");
        return new Problem(
                severity,
                rule.file(),
                rule.line(),
                0,
                rule.name(),
                code == null ? null : String.valueOf(code),
                id,
                message);
    }

    /** A finding about the edition as a whole, or a sample. */
    Problem about(String file, String item, Severity severity, String message) {
        return new Problem(severity, file, 0, 0, null, item, id, message);
    }
}
