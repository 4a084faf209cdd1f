package org.losi.designer.web.analysis;

import io.javalin.config.RoutesConfig;

/**
 * The analysts' routes: two editions compared, and one edition's ranking under other weights, under weight noise, by
 * group of cities and beside national figures. Every table they answer is also CSV with {@code ?format=csv}.
 */
public final class AnalysisApi {
    private final ScoredSamples samples;

    public AnalysisApi(ScoredSamples samples) {
        this.samples = samples;
    }

    public void register(RoutesConfig routes) {
        new CompareRoutes(samples).register(routes);
        new WhatIfRoute(samples).register(routes);
        new RobustnessRoute(samples).register(routes);
        new GroupsRoute(samples).register(routes);
        new NationalRoute(samples).register(routes);
    }
}
