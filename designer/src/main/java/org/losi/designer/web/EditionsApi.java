package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.losi.engine.rules.EditionException;
import org.losi.engine.rules.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/editions}: the editions of the rules folder and their declarations. */
final class EditionsApi {
    private static final Logger LOG = LoggerFactory.getLogger(EditionsApi.class);

    private final Editions editions;

    EditionsApi(Editions editions) {
        this.editions = editions;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/editions", this::list);
        routes.get("/api/editions/{id}", this::detail);
    }

    private void list(Context ctx) {
        List<EditionViews.Summary> summaries = new ArrayList<>();
        for (String id : editions.ids()) {
            summaries.add(summary(id));
        }
        ctx.json(Map.of("editions", summaries));
    }

    /** A broken edition is listed with its problems, so that the list itself never fails on one. */
    private EditionViews.Summary summary(String id) {
        try {
            return EditionViews.Summary.of(editions.catalog().get(id));
        } catch (EditionException e) {
            return EditionViews.Summary.broken(id, e.problems());
        } catch (UncheckedIOException e) {
            LOG.warn("edition {} is listed as broken: {} ({})", id, e.getMessage(), e.getCause());
            return EditionViews.Summary.broken(
                    id,
                    List.of(Problem.error(
                            null, 0, 0, null, "its rule files cannot be read; the designer's log says why")));
        }
    }

    private void detail(Context ctx) {
        ctx.json(EditionViews.Detail.of(editions.compiled(ctx.pathParam("id"))));
    }
}
