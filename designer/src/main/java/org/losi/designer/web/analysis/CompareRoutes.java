package org.losi.designer.web.analysis;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.losi.designer.tables.ComparisonTables;
import org.losi.designer.web.ApiError;
import org.losi.engine.compare.CityComparison;
import org.losi.engine.compare.CityMovement;
import org.losi.engine.compare.Comparison;
import org.losi.engine.compare.ComparisonOrder;
import org.losi.engine.compare.LikeForLike;

/** {@code /api/compare}: a sample under two editions, city by city, and why one city moved. */
final class CompareRoutes {
    private final ScoredSamples samples;

    CompareRoutes(ScoredSamples samples) {
        this.samples = samples;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/compare", this::compare);
        routes.get("/api/compare/why", this::why);
    }

    private void compare(Context ctx) {
        Export export = Export.of(ctx);
        ComparisonOrder order = Params.constant(ctx, "sort", ComparisonOrder.RANK, ComparisonOrder.class);
        boolean likeForLike = Params.flag(ctx, "likeForLike");
        EditionPair pair = EditionPair.of(ctx, samples);

        LikeForLike common = likeForLike ? pair.editions().likeForLike() : null;
        Comparison comparison = (common == null ? pair.editions().compare() : common.comparison()).sorted(order);
        export.send(
                ComparisonView.of(pair, comparison, common, order),
                () -> ComparisonTables.cities(comparison),
                "compare-" + pair.name() + (likeForLike ? "-like-for-like" : ""));
    }

    private void why(Context ctx) {
        Export export = Export.of(ctx);
        String city = Params.required(ctx, "city", "the id of the city whose move to explain");
        EditionPair pair = EditionPair.of(ctx, samples);

        requireCity(pair.editions().compare(), city, pair.sample());
        CityMovement movement = pair.editions().why(city);
        export.send(
                MovementView.of(pair, movement),
                () -> ComparisonTables.moves(movement),
                "why-" + city + "-" + pair.name());
    }

    private static void requireCity(Comparison comparison, String city, String sample) {
        if (comparison.city(city).isPresent()) {
            return;
        }
        List<String> ids = comparison.cities().stream().map(CityComparison::id).toList();
        String known = ids.size() <= 10
                ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
        throw ApiError.notFound(
                "city-not-found", "no city \"" + city + "\" in the sample " + sample + "; its cities: " + known);
    }
}
