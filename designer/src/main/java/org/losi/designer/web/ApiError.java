package org.losi.designer.web;

import java.util.List;
import org.losi.engine.rules.Problem;

/**
 * A request the designer cannot answer, with the HTTP status and a stable code that the pages and scripts can test.
 * It carries everything the JSON error body says; it never carries a stack trace to the browser.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final List<Problem> problems;
    private final InputLocation input;

    private ApiError(int status, String code, String message, List<Problem> problems, InputLocation input) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
        this.input = input;
    }

    public static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, List.of(), null);
    }

    public static ApiError notFound(String code, String message) {
        return of(404, code, message);
    }

    public static ApiError badRequest(String code, String message) {
        return of(400, code, message);
    }

    static ApiError withProblems(String code, String message, List<Problem> problems) {
        return new ApiError(422, code, message, problems, null);
    }

    static ApiError badInput(String message, InputLocation input) {
        return new ApiError(422, "invalid-input", message, List.of(), input);
    }

    int status() {
        return status;
    }

    ErrorBody body() {
        return ErrorBody.of(status, code, getMessage(), problems, input);
    }

    /** Where in an assessment file reading stopped; line and column are 0 when unknown. */
    record InputLocation(String file, long line, long column) {}
}
