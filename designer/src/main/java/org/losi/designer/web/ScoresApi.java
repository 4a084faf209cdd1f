package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.losi.engine.scoring.ScoreReport;

/** {@code /api/editions/{id}/scores}: a sample scored under an edition, whole or for one city. */
final class ScoresApi {
    private final Scores scores;

    ScoresApi(Scores scores) {
        this.scores = scores;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/editions/{id}/scores", this::report);
        routes.get("/api/editions/{id}/scores/{city}", this::city);
    }

    private void report(Context ctx) {
        ctx.json(scores.score(ctx.pathParam("id"), ctx.queryParam("sample")).report());
    }

    private void city(Context ctx) {
        String sample = ctx.queryParam("sample");
        Scores.Scored scored = scores.score(ctx.pathParam("id"), sample);
        ScoreReport report = scored.report();
        String cityId = ctx.pathParam("city");
        CityView view = report.city(cityId)
                .map(result -> CityView.of(report, result, scored.edition()))
                .or(() -> report.notAssessed().stream()
                        .filter(n -> n.city().id().equals(cityId))
                        .findFirst()
                        .map(n -> CityView.notAssessed(report, n)))
                .orElseThrow(() ->
                        ApiError.notFound("city-not-found", "no city \"" + cityId + "\" in the sample " + sample));
        ctx.json(view);
    }
}
