package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.losi.engine.history.EditionHistory;
import org.losi.engine.history.History;
import org.losi.engine.history.HistoryException;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.rules.EditionException;

/**
 * {@code /api/editions/{id}/history}: the commits that changed an edition, what changed between any two of them item
 * by item, and restoring one, which is saved like any other edit.
 */
final class HistoryApi {
    private final Authoring authoring;
    private final EditionHistory history;
    private final JsonBodies bodies;

    HistoryApi(Authoring authoring, EditionHistory history, JsonBodies bodies) {
        this.authoring = authoring;
        this.history = history;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/editions/{id}/history", this::revisions);
        routes.get("/api/editions/{id}/history/diff", this::diff);
        routes.post("/api/editions/{id}/history/restore", this::restore);
    }

    record Revisions(String edition, List<History.Revision> revisions) {}

    record Diff(String edition, String from, String to, List<EditionDiff.Change> changes) {}

    record Restore(String baseHash, org.losi.engine.authoring.Author author, String sample, String revision)
            implements EditRequests.Edit {}

    private void revisions(Context ctx) {
        String id = existing(ctx.pathParam("id"));
        ctx.json(new Revisions(id, read(() -> history.revisions(id))));
    }

    private void diff(Context ctx) {
        String id = existing(ctx.pathParam("id"));
        String from = required(ctx, "from");
        String to = ctx.queryParam("to") == null ? EditionHistory.WORKING : ctx.queryParam("to");
        try {
            ctx.json(new Diff(id, from, to, read(() -> history.diff(id, from, to))));
        } catch (EditionException e) {
            throw Editions.doesNotCompile(e);
        }
    }

    private void restore(Context ctx) {
        String id = ctx.pathParam("id");
        Restore request = bodies.read(ctx, Restore.class);
        if (request.revision() == null || request.revision().isBlank()) {
            throw ApiError.badRequest("revision-required", "send \"revision\": the commit to restore");
        }
        authoring.editableOrBroken(id);
        Map<String, String> files = read(() -> history.files(id, request.revision()));
        ctx.json(authoring.saveFiles(
                id,
                request,
                "",
                author -> authoring.editor().restore(id, request.baseHash(), files, request.revision(), author)));
    }

    private String existing(String id) {
        authoring.catalog().folder(id);
        if (!authoring.catalog().ids().contains(id)) {
            throw ApiError.notFound("edition-not-found", "no edition \"" + id + "\"");
        }
        return id;
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest("parameter-required", "give ?" + name + "= a revision id, or \"working\"");
        }
        return value;
    }

    private static <T> T read(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (HistoryException e) {
            throw ApiError.notFound("revision-not-found", e.getMessage());
        }
    }
}
