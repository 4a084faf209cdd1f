package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /api/samples}: the assessment files a sample can be scored from. */
final class SamplesApi {
    private final SampleFolder samples;

    SamplesApi(SampleFolder samples) {
        this.samples = samples;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/samples", this::list);
    }

    private void list(Context ctx) {
        ctx.json(Map.of("samples", samples.list()));
    }
}
