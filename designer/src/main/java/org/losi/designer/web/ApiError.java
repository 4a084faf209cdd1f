package org.losi.designer.web;

import java.util.List;
import org.losi.engine.authoring.ConflictException;
import org.losi.engine.authoring.FormException;
import org.losi.engine.authoring.SaveResult;
import org.losi.engine.rules.Problem;

/**
 * A request the designer cannot answer, with the HTTP status and a stable code that the pages and scripts can test.
 * It carries everything the JSON error body says; it never carries a stack trace to the browser.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final ErrorBody.Detail detail;

    private ApiError(ErrorBody.Detail detail) {
        super(detail.message());
        this.status = detail.status();
        this.detail = detail;
    }

    private ApiError(int status, String code, String message, List<Problem> problems, InputLocation input) {
        this(new ErrorBody.Detail(status, code, message, List.copyOf(problems), input, null, null, null, null, null));
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

    public static ApiError withProblems(String code, String message, List<Problem> problems) {
        return new ApiError(422, code, message, problems, null);
    }

    public static ApiError badInput(String message, InputLocation input) {
        return new ApiError(422, "invalid-input", message, List.of(), input);
    }

    /** 400 {@code invalid-form}: a form value that cannot be written as a rule, with the field it came from. */
    static ApiError badForm(String fieldPrefix, FormException e) {
        String field = fieldPrefix.isEmpty() ? e.field() : fieldPrefix + "." + e.field();
        return new ApiError(new ErrorBody.Detail(
                400, "invalid-form", e.getMessage(), List.of(), null, field, null, null, null, null));
    }

    /** 422 {@code edit-does-not-compile}: the edit was kept as a draft and the edition left as it was. */
    static ApiError notSaved(SaveResult result) {
        String message = "not saved: the edit leaves edition " + result.edition() + " with "
                + result.problems().size() + " problem(s); the edition is unchanged and your edit is kept as draft "
                + result.draft();
        return new ApiError(new ErrorBody.Detail(
                422,
                "edit-does-not-compile",
                message,
                result.problems(),
                null,
                null,
                result.draft(),
                null,
                null,
                null));
    }

    /** 409 {@code edition-changed}: someone saved the edition since the author opened it. */
    static ApiError conflict(ConflictException e) {
        return new ApiError(new ErrorBody.Detail(
                409,
                "edition-changed",
                e.getMessage(),
                List.of(),
                null,
                null,
                e.draft(),
                e.currentHash(),
                e.changes(),
                e.yours()));
    }

    int status() {
        return status;
    }

    ErrorBody body() {
        return new ErrorBody(detail);
    }

    /** Where in an assessment file reading stopped; line and column are 0 when unknown. */
    public record InputLocation(String file, long line, long column) {}
}
