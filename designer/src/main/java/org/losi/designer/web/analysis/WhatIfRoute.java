package org.losi.designer.web.analysis;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.losi.designer.tables.ComparisonTables;
import org.losi.designer.web.ApiError;
import org.losi.designer.web.Scores;
import org.losi.engine.compare.Comparison;
import org.losi.engine.compare.ComparisonOrder;
import org.losi.engine.compare.WhatIf;
import org.losi.engine.compare.WhatIfResult;

/** {@code POST /api/editions/{id}/what-if}: the ranking under other weights, beside the edition's own. */
final class WhatIfRoute {
    private final ScoredSamples samples;

    WhatIfRoute(ScoredSamples samples) {
        this.samples = samples;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/editions/{id}/what-if", this::whatIf);
    }

    private void whatIf(Context ctx) {
        Export export = Export.of(ctx);
        ComparisonOrder order = Params.constant(ctx, "sort", ComparisonOrder.RANK, ComparisonOrder.class);
        WhatIfRequest request = WhatIfRequest.read(ctx.body());
        String sample = ctx.queryParam("sample");
        Scores.Scored scored = samples.score(ctx.pathParam("id"), sample);

        WhatIfResult result = apply(scored, request);
        Comparison sorted = result.againstEdition().sorted(order);
        export.send(
                WhatIfView.of(EditionRef.of(scored.edition()), sample, result, sorted),
                () -> ComparisonTables.cities(sorted),
                "what-if-" + scored.edition().id());
    }

    /** The engine names an unknown code, a negative weight, or criterion weights the aggregation ignores. */
    private static WhatIfResult apply(Scores.Scored scored, WhatIfRequest request) {
        try {
            return WhatIf.apply(
                    scored.edition(),
                    scored.report(),
                    request.criterionWeights(),
                    request.itemWeights(),
                    request.aggregation());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid-weights", e.getMessage());
        }
    }
}
