package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.losi.engine.authoring.FormException;
import org.losi.engine.methodology.Aggregation;

/** {@code /api/editions/{id}/criteria}, {@code /aggregation} and {@code /bands}: the edition's declarations by form. */
final class DeclarationsApi {
    private final Authoring authoring;
    private final JsonBodies bodies;

    DeclarationsApi(Authoring authoring, JsonBodies bodies) {
        this.authoring = authoring;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.put("/api/editions/{id}/criteria/{code}", this::criterion);
        routes.put("/api/editions/{id}/aggregation", this::aggregation);
        routes.put("/api/editions/{id}/bands/{level}", this::band);
    }

    private void criterion(Context ctx) {
        String id = ctx.pathParam("id");
        String code = ctx.pathParam("code");
        EditRequests.CriterionEdit request = bodies.read(ctx, EditRequests.CriterionEdit.class);
        double weight = required(request.weight(), "weight", "a number of 0 or more");
        ctx.json(authoring.save(
                id,
                request,
                "",
                author -> authoring
                        .editor()
                        .saveCriterion(id, request.baseHash(), code, request.name(), weight, author)));
    }

    private void aggregation(Context ctx) {
        String id = ctx.pathParam("id");
        EditRequests.AggregationEdit request = bodies.read(ctx, EditRequests.AggregationEdit.class);
        Aggregation aggregation = Aggregation.parse(request.aggregation())
                .orElseThrow(() -> invalid(
                        "aggregation",
                        "\"" + request.aggregation() + "\" is not an aggregation; expected share-of-items or"
                                + " mean-of-criteria"));
        ctx.json(authoring.save(
                id,
                request,
                "",
                author -> authoring.editor().saveAggregation(id, request.baseHash(), aggregation, author)));
    }

    private void band(Context ctx) {
        String id = ctx.pathParam("id");
        String level = ctx.pathParam("level");
        EditRequests.BandEdit request = bodies.read(ctx, EditRequests.BandEdit.class);
        double lower = required(request.lower(), "lower", "the lower cut-off, a number");
        double upper = required(request.upper(), "upper", "the upper cut-off, a number");
        boolean lowerInclusive = required(request.lowerInclusive(), "lowerInclusive", "true or false");
        boolean upperInclusive = required(request.upperInclusive(), "upperInclusive", "true or false");
        ctx.json(authoring.save(
                id,
                request,
                "",
                author -> authoring
                        .editor()
                        .saveBand(
                                id, request.baseHash(), level, lower, lowerInclusive, upper, upperInclusive, author)));
    }

    private static <T> T required(T value, String field, String expected) {
        if (value == null) {
            throw invalid(field, "missing; expected " + expected);
        }
        return value;
    }

    private static ApiError invalid(String field, String message) {
        return ApiError.badForm("", new FormException(field, message));
    }
}
