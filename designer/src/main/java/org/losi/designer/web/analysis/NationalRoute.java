package org.losi.designer.web.analysis;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.losi.designer.tables.NationalTables;
import org.losi.designer.web.Scores;
import org.losi.engine.national.NationalView;

/**
 * {@code /api/editions/{id}/national}: each country's cities beside its national OSI figures, per sub-index the
 * edition's items map to with {@code @osi}. An edition that maps none answers an empty list of sub-indices.
 */
final class NationalRoute {
    private final ScoredSamples samples;

    NationalRoute(ScoredSamples samples) {
        this.samples = samples;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/editions/{id}/national", this::national);
    }

    private void national(Context ctx) {
        Export export = Export.of(ctx);
        String sample = ctx.queryParam("sample");
        Scores.Scored scored = samples.score(ctx.pathParam("id"), sample);

        NationalView.View view = NationalView.of(scored.edition(), scored.report(), scored.assessments());
        export.send(
                new NationalFigures(EditionRef.of(scored.edition()), sample, view.subIndices(), view.countries()),
                () -> NationalTables.of(view),
                "national-" + scored.edition().id());
    }

    /**
     * Per country, its cities' shares of the items mapped to each OSI sub-index, their mean, and the national figures
     * the sample gives. The national index is relative across countries and the local shares are not.
     *
     * @param subIndices the sub-indices the edition's items map to, in the order its items name them
     */
    record NationalFigures(
            EditionRef edition, String sample, List<String> subIndices, List<NationalView.Country> countries) {}
}
