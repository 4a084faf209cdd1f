package org.losi.designer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.rules.Problem;

/**
 * The one shape every error response of the API takes:
 * {@code {"error":{"status":404,"code":"edition-not-found","message":"...","problems":[]}}}.
 */
record ErrorBody(Detail error) {

    static ErrorBody of(int status, String code, String message, List<Problem> problems, ApiError.InputLocation input) {
        return new ErrorBody(new Detail(status, code, message, problems, input, null, null, null, null, null));
    }

    /**
     * @param problems an edition's problems, each with file, line, column and rule; empty for other errors
     * @param input for unreadable assessment files, the file relative to the samples folder, line and column
     * @param field for a form value that cannot be written, the field it came from, such as {@code item.weight}
     * @param draft for an edit that was not saved, the draft it was kept in
     * @param currentHash for an edit based on an older state, the hash of the edition as saved now
     * @param changes for an edit based on an older state, what others saved since
     * @param yours for an edit based on an older state, what the refused edit would change
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(
            int status,
            String code,
            String message,
            List<Problem> problems,
            ApiError.InputLocation input,
            String field,
            String draft,
            String currentHash,
            List<EditionDiff.Change> changes,
            List<EditionDiff.Change> yours) {}
}
