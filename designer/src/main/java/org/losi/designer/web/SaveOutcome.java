package org.losi.designer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.methodology.EditionDiff;

/**
 * A saved edit: the edition's new hash, what changed item by item, the rule an item form wrote, and the effect on the
 * sample the author chose.
 *
 * @param rule for item saves, the rule as written; null otherwise
 * @param effect null when the request named no sample
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SaveOutcome(
        boolean saved, String edition, String hash, List<EditionDiff.Change> changes, RuleText rule, Effect effect) {

    SaveOutcome withRule(RuleText written) {
        return new SaveOutcome(saved, edition, hash, changes, written, effect);
    }

    /** One rule of an edition: its name, where it stands and its text. */
    record RuleText(String name, String file, int line, String text) {}
}
