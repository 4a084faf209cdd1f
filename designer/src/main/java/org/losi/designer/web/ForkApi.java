package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Files;
import org.losi.engine.authoring.Author;
import org.losi.engine.authoring.FormException;
import org.losi.engine.methodology.Edition;
import org.losi.engine.rules.EditionException;

/** {@code POST /api/editions/{id}/fork}: a new beta edition copied from another, final ones included. */
final class ForkApi {
    private static final String EDITION_ID = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private final Authoring authoring;
    private final JsonBodies bodies;

    ForkApi(Authoring authoring, JsonBodies bodies) {
        this.authoring = authoring;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/editions/{id}/fork", this::fork);
    }

    private void fork(Context ctx) {
        String from = ctx.pathParam("id");
        EditRequests.Fork request = bodies.read(ctx, EditRequests.Fork.class);
        authoring.editions().compiled(from);
        String id = request.id() == null ? "" : request.id().trim();
        if (!id.matches(EDITION_ID)) {
            throw ApiError.badForm(
                    "",
                    new FormException(
                            "id", "\"" + id + "\" is not an edition id; use letters, digits, '.', '_' or '-'"));
        }
        if (Files.exists(authoring.catalog().folder(id))) {
            throw ApiError.of(409, "edition-exists", "an edition \"" + id + "\" exists already; choose another id");
        }
        Author author = request.author() == null ? new Author(null, null) : request.author();
        Edition forked;
        try {
            forked = authoring.editor().fork(from, id, request.title(), author);
        } catch (FormException e) {
            throw ApiError.badForm("", e);
        } catch (EditionException e) {
            throw Editions.doesNotCompile(e);
        }
        ctx.status(201).header("Location", "/api/editions/" + forked.id()).json(EditionViews.Summary.of(forked));
    }
}
