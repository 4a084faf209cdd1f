package org.losi.designer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the one JSON error shape under {@code /api}, and into a short plain text elsewhere. The
 * browser never sees a stack trace; an unexpected failure is logged at ERROR with the request that caused it.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final String INTERNAL = "the designer failed on this request; its log has the details";

    private final ObjectMapper json;

    Errors(ObjectMapper json) {
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.body()));
        routes.exception(HttpResponseException.class, this::httpResponse);
        routes.exception(Exception.class, this::unexpected);
    }

    /** Javalin's own responses, such as an unknown route or method. */
    private void httpResponse(HttpResponseException e, Context ctx) {
        String code = switch (e.getStatus()) {
            case 404 -> "route-not-found";
            case 405 -> "method-not-allowed";
            default -> "http-" + e.getStatus();
        };
        String message = e.getStatus() == 404 ? "no such page or API route: " + ctx.path() : e.getMessage();
        write(ctx, e.getStatus(), ErrorBody.of(e.getStatus(), code, message, List.of(), null));
    }

    private void unexpected(Exception e, Context ctx) {
        LOG.error("{} {}{} failed", ctx.method(), ctx.path(), query(ctx), e);
        write(ctx, 500, ErrorBody.of(500, "internal-error", INTERNAL, List.of(), null));
    }

    /** For {@link Error}s such as running out of memory, which Javalin hands over outside of any route. */
    void javaLangError(HttpServletResponse response, Error error) {
        LOG.error("a request failed with {}", error.toString(), error);
        try {
            response.setStatus(500);
            response.setContentType("application/json");
            String body = json.writeValueAsString(ErrorBody.of(500, "internal-error", INTERNAL, List.of(), null));
            response.getWriter().write(body);
        } catch (IOException | RuntimeException e) {
            LOG.error("could not write the error response", e);
        }
    }

    private static String query(Context ctx) {
        String query = ctx.queryString();
        return query == null ? "" : "?" + query;
    }

    private static void write(Context ctx, int status, ErrorBody body) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            ctx.json(body);
        } else {
            ctx.contentType("text/plain; charset=utf-8")
                    .result(status + " " + body.error().message());
        }
    }
}
