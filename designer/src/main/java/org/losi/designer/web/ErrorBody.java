package org.losi.designer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.rules.Problem;

/**
 * The one shape every error response of the API takes:
 * {@code {"error":{"status":404,"code":"edition-not-found","message":"...","problems":[]}}}.
 */
record ErrorBody(Detail error) {

    static ErrorBody of(int status, String code, String message, List<Problem> problems, ApiError.InputLocation input) {
        return new ErrorBody(new Detail(status, code, message, problems, input));
    }

    /**
     * @param problems an edition's problems, each with file, line, column and rule; empty for other errors
     * @param input for unreadable assessment files, the file relative to the samples folder, line and column
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(int status, String code, String message, List<Problem> problems, ApiError.InputLocation input) {}
}
