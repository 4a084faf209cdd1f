package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.losi.engine.authoring.ItemForm;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;

/** {@code /api/editions/{id}/items}: the item form, read, added, edited and removed. */
final class ItemsApi {
    private final Authoring authoring;
    private final JsonBodies bodies;

    ItemsApi(Authoring authoring, JsonBodies bodies) {
        this.authoring = authoring;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/editions/{id}/items/form", this::blankForm);
        routes.get("/api/editions/{id}/items/{code}/form", this::form);
        routes.post("/api/editions/{id}/items", this::add);
        routes.put("/api/editions/{id}/items/{code}", this::edit);
        routes.delete("/api/editions/{id}/items/{code}", this::remove);
    }

    private void blankForm(Context ctx) {
        ctx.json(ItemFormView.blank(authoring.editions().compiled(ctx.pathParam("id"))));
    }

    private void form(Context ctx) {
        Edition edition = authoring.editions().compiled(ctx.pathParam("id"));
        Item item = item(edition, ctx.pathParam("code"));
        ItemForm form = authoring.editor().form(edition, item.code()).orElse(null);
        SaveOutcome.RuleText rule = edition.source()
                .locate(item.declared().rule())
                .map(at -> Authoring.ruleText(at.getKey(), at.getValue()))
                .orElse(null);
        ctx.json(ItemFormView.of(edition, item.code(), form, rule));
    }

    private void add(Context ctx) {
        String id = ctx.pathParam("id");
        EditRequests.ItemEdit request = bodies.read(ctx, EditRequests.ItemEdit.class);
        ItemForm form = requireForm(request);
        SaveOutcome outcome = authoring.save(
                id, request, "item", author -> authoring.editor().saveItem(id, request.baseHash(), null, form, author));
        ctx.status(201)
                .header("Location", "/api/editions/" + id + "/items/" + form.code() + "/form")
                .json(withRule(outcome, form.code()));
    }

    private void edit(Context ctx) {
        String id = ctx.pathParam("id");
        String code = ctx.pathParam("code");
        EditRequests.ItemEdit request = bodies.read(ctx, EditRequests.ItemEdit.class);
        ItemForm form = requireForm(request);
        item(authoring.editable(id), code);
        SaveOutcome outcome = authoring.save(
                id, request, "item", author -> authoring.editor().saveItem(id, request.baseHash(), code, form, author));
        ctx.json(withRule(outcome, form.code()));
    }

    private void remove(Context ctx) {
        String id = ctx.pathParam("id");
        String code = ctx.pathParam("code");
        EditRequests.Removal request = bodies.read(ctx, EditRequests.Removal.class);
        item(authoring.editable(id), code);
        ctx.json(authoring.save(
                id, request, "", author -> authoring.editor().removeItem(id, request.baseHash(), code, author)));
    }

    private SaveOutcome withRule(SaveOutcome outcome, String code) {
        return authoring
                .itemRule(outcome.edition(), outcome.hash(), code)
                .map(outcome::withRule)
                .orElse(outcome);
    }

    private static ItemForm requireForm(EditRequests.ItemEdit request) {
        if (request.item() == null) {
            throw ApiError.badRequest("body-required", "send the item's fields as \"item\": {code, criterion, …}");
        }
        return request.item();
    }

    private static Item item(Edition edition, String code) {
        return edition.item(code)
                .orElseThrow(() -> ApiError.notFound(
                        "item-not-found", "edition " + edition.id() + " has no item \"" + code + "\""));
    }
}
