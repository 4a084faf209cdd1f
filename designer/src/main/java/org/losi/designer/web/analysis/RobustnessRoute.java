package org.losi.designer.web.analysis;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.losi.designer.tables.RobustnessTables;
import org.losi.designer.web.Scores;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.compare.robustness.ItemInfluence;
import org.losi.engine.compare.robustness.LeaveOneItemOut;
import org.losi.engine.compare.robustness.LevelGap;
import org.losi.engine.compare.robustness.MonteCarlo;
import org.losi.engine.compare.robustness.MonteCarloResult;
import org.losi.engine.compare.robustness.NextLevel;
import org.losi.engine.compare.robustness.Perturbation;

/**
 * {@code /api/editions/{id}/robustness}: ranks and levels under seeded weight noise, items left out one at a time, and
 * what would lift each city a level.
 */
final class RobustnessRoute {
    /**
     * A page waits for its answer, so draws stop well below the engine's own limit; the command line's robustness
     * command allows them all.
     */
    private static final int MAX_DRAWS = 5_000;

    private static final int DEFAULT_DRAWS = 1_000;
    private static final double DEFAULT_SPREAD = 0.2;
    private static final long DEFAULT_SEED = 1;

    /** Which table CSV carries. */
    private enum Rows {
        CITIES,
        ITEMS
    }

    private final ScoredSamples samples;

    RobustnessRoute(ScoredSamples samples) {
        this.samples = samples;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/editions/{id}/robustness", this::robustness);
    }

    private void robustness(Context ctx) {
        Export export = Export.of(ctx);
        Perturbation perturbation = perturbation(ctx);
        Rows rows = Params.constant(ctx, "rows", Rows.CITIES, Rows.class);
        String sample = ctx.queryParam("sample");
        Scores.Scored scored = samples.score(ctx.pathParam("id"), sample);

        OutcomeMatrix matrix = OutcomeMatrix.of(scored.edition(), scored.report());
        requireRoomFor(matrix, perturbation);
        MonteCarloResult monteCarlo = MonteCarlo.run(matrix, perturbation);
        List<LevelGap> gaps = NextLevel.of(matrix);
        List<ItemInfluence> influences = LeaveOneItemOut.of(matrix);
        export.send(
                RobustnessView.of(EditionRef.of(scored.edition()), sample, monteCarlo, gaps, influences),
                () -> rows == Rows.ITEMS
                        ? RobustnessTables.items(influences)
                        : RobustnessTables.cities(monteCarlo, gaps),
                "robustness-" + scored.edition().id() + (rows == Rows.ITEMS ? "-items" : ""));
    }

    private static Perturbation perturbation(Context ctx) {
        int draws = Params.whole(ctx, "draws", DEFAULT_DRAWS, 1, MAX_DRAWS);
        double spread = Params.decimal(ctx, "spread", DEFAULT_SPREAD, 0, 1);
        long seed = Params.anyWhole(ctx, "seed", DEFAULT_SEED);
        Perturbation.Over over =
                Params.choice(ctx, "over", Perturbation.Over.CRITERIA, Perturbation.Over::parse, "criteria or items");
        return new Perturbation(over, spread, draws, seed);
    }

    /** A very large sample times many draws would hold more ranks than the engine allows. */
    private static void requireRoomFor(OutcomeMatrix matrix, Perturbation perturbation) {
        long ranks = (long) matrix.cities() * perturbation.draws();
        if (ranks > MonteCarlo.MAX_RANKS) {
            long most = Math.max(1, MonteCarlo.MAX_RANKS / Math.max(1, matrix.cities()));
            throw Params.invalid(
                    "draws",
                    String.valueOf(perturbation.draws()),
                    "at most " + most + " for the " + matrix.cities() + " cities of this sample");
        }
    }
}
