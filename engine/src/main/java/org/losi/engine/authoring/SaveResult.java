package org.losi.engine.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.rules.Problem;

/**
 * What became of an edit.
 *
 * @param saved whether the edition's files now hold the edit
 * @param hash the edition's hash after the edit; unchanged when not saved
 * @param draft the draft the edit was kept in when it was not saved, so nothing is lost
 * @param problems why the edit was not saved: compile errors or declarations that cannot score
 * @param changes what the edit changes, item by item
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SaveResult(
        boolean saved,
        String edition,
        String hash,
        String draft,
        List<Problem> problems,
        List<EditionDiff.Change> changes) {}
