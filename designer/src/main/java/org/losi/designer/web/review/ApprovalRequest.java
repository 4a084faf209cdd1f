package org.losi.designer.web.review;

import io.javalin.http.Context;
import java.util.Locale;
import org.losi.designer.web.ApiError;
import org.losi.designer.web.JsonBodies;

/**
 * What a reviewer sends to approve a suite's results: the edition, their name, an optional e-mail address for the
 * commit, and why the results are right.
 */
record ApprovalRequest(String edition, String by, String email, String message) {
    /**
     * Reads the request's JSON body. Only {@code application/json} is read, so that a form on another site cannot
     * make the designer commit.
     *
     * @throws ApiError 415 for another content type, 400 for a body that is not such an object
     */
    static ApprovalRequest read(Context ctx, JsonBodies bodies) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw ApiError.of(
                    415,
                    "json-required",
                    "send the approval as application/json, not " + (type == null ? "no content type" : type));
        }
        return bodies.read(ctx, ApprovalRequest.class);
    }

    /**
     * Refuses a request that leaves out the reviewer, the message or the edition.
     *
     * @throws ApiError 400 naming the first required field that is missing or blank
     */
    void requireComplete() {
        require(by, "by", "name the reviewer who approves");
        require(message, "message", "say why the results are right: the message becomes the commit message");
        require(edition, "edition", "name the edition whose results become the expectations");
    }

    String emailOrEmpty() {
        return email == null ? "" : email.strip();
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest(field + "-required", message);
        }
    }
}
