package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.losi.engine.authoring.FormException;
import org.losi.engine.methodology.Edition;
import org.losi.engine.rules.EditionException;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.RuleFile;

/**
 * {@code /api/editions/{id}/files}, {@code /validate} and {@code /drafts}: the DRL editor's routes. Files are read
 * from disk, so an edition that does not compile can still be opened and its problems shown.
 */
final class RuleFilesApi {
    private final Authoring authoring;
    private final JsonBodies bodies;

    RuleFilesApi(Authoring authoring, JsonBodies bodies) {
        this.authoring = authoring;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/editions/{id}/files", this::files);
        routes.get("/api/editions/{id}/files/{file}", this::file);
        routes.put("/api/editions/{id}/files/{file}", this::save);
        routes.post("/api/editions/{id}/validate", this::validate);
        routes.get("/api/editions/{id}/drafts", this::drafts);
        routes.get("/api/editions/{id}/drafts/{draft}", this::draft);
    }

    private void files(Context ctx) {
        String id = ctx.pathParam("id");
        EditionSource source = source(id);
        ctx.json(new RuleFileViews.Files(
                id,
                source.hash(),
                isFinal(id),
                source.files().stream().map(RuleFileViews.FileRules::of).toList()));
    }

    private void file(Context ctx) {
        String id = ctx.pathParam("id");
        String name = ctx.pathParam("file");
        EditionSource source = source(id);
        RuleFile file = source.file(name)
                .orElseThrow(() ->
                        ApiError.notFound("file-not-found", "edition " + id + " has no rule file \"" + name + "\""));
        ctx.json(new RuleFileViews.FileText(id, source.hash(), isFinal(id), name, file.text(), file.rules()));
    }

    private void save(Context ctx) {
        String id = ctx.pathParam("id");
        String name = ctx.pathParam("file");
        EditRequests.FileEdit request = bodies.read(ctx, EditRequests.FileEdit.class);
        if (request.text() == null) {
            throw ApiError.badRequest("body-required", "send the file's whole text as \"text\"");
        }
        ctx.json(authoring.saveFiles(
                id,
                request,
                "",
                author -> authoring.editor().saveFile(id, request.baseHash(), name, request.text(), author)));
    }

    private void validate(Context ctx) {
        String id = ctx.pathParam("id");
        authoring.editions().requireKnown(id);
        EditRequests.Validation request = bodies.read(ctx, EditRequests.Validation.class);
        if (request.text() == null) {
            throw ApiError.badRequest("body-required", "send the file's name as \"file\" and its text as \"text\"");
        }
        List<Problem> problems;
        try {
            problems = authoring.editor().validate(id, request.file(), request.text());
        } catch (FormException e) {
            throw ApiError.badForm("", e);
        }
        ctx.json(new RuleFileViews.Check(id, request.file(), problems.isEmpty(), problems));
    }

    private void drafts(Context ctx) {
        String id = ctx.pathParam("id");
        EditionSource current = source(id);
        List<RuleFileViews.DraftSummary> drafts = authoring.editor().drafts(id).stream()
                .map(name -> new RuleFileViews.DraftSummary(
                        name, changedFiles(current, authoring.editor().draft(id, name))))
                .toList();
        ctx.json(new RuleFileViews.Drafts(id, drafts));
    }

    private void draft(Context ctx) {
        String id = ctx.pathParam("id");
        String name = ctx.pathParam("draft");
        EditionSource current = source(id);
        if (!authoring.editor().drafts(id).contains(name)) {
            throw ApiError.notFound("draft-not-found", "edition " + id + " has no draft \"" + name + "\"");
        }
        Map<String, String> texts = authoring.editor().draft(id, name);
        List<RuleFileViews.DraftFile> files = texts.entrySet().stream()
                .map(f -> new RuleFileViews.DraftFile(
                        f.getKey(), f.getValue(), differs(current, f.getKey(), f.getValue())))
                .toList();
        ctx.json(new RuleFileViews.Draft(id, name, files));
    }

    private static List<String> changedFiles(EditionSource current, Map<String, String> draft) {
        Set<String> names = new TreeSet<>(draft.keySet());
        current.files().forEach(f -> names.add(f.name()));
        return names.stream()
                .filter(name -> differs(current, name, draft.get(name)))
                .toList();
    }

    private static boolean differs(EditionSource current, String name, String text) {
        return !Objects.equals(current.file(name).map(RuleFile::text).orElse(null), text);
    }

    private EditionSource source(String id) {
        authoring.editions().requireKnown(id);
        try {
            return EditionSource.read(authoring.catalog().folder(id));
        } catch (EditionException e) {
            throw Editions.doesNotCompile(e);
        }
    }

    /** Whether the edition is final; one that does not compile cannot say, and is not read-only for that. */
    private boolean isFinal(String id) {
        try {
            Edition edition = authoring.catalog().get(id);
            return edition.isFinal();
        } catch (EditionException e) {
            return false;
        }
    }
}
