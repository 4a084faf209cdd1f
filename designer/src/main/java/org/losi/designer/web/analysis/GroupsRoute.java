package org.losi.designer.web.analysis;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.losi.designer.tables.GroupTables;
import org.losi.designer.web.Scores;
import org.losi.engine.compare.groups.Group;
import org.losi.engine.compare.groups.GroupReport;
import org.losi.engine.compare.groups.Grouping;
import org.losi.engine.compare.groups.Groups;
import org.losi.engine.compare.groups.PopulationClasses;

/** {@code /api/editions/{id}/groups}: results by settlement type, population class, region or country. */
final class GroupsRoute {
    private final ScoredSamples samples;

    GroupsRoute(ScoredSamples samples) {
        this.samples = samples;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/editions/{id}/groups", this::groups);
    }

    private void groups(Context ctx) {
        Export export = Export.of(ctx);
        Grouping by = Params.choice(
                ctx, "by", Grouping.SETTLEMENT, Grouping::parse, "settlement, population, region or country");
        PopulationClasses classes = populationClasses(ctx);
        String sample = ctx.queryParam("sample");
        Scores.Scored scored = samples.score(ctx.pathParam("id"), sample);

        GroupReport report = Groups.of(scored.edition(), scored.report(), by, classes);
        export.send(
                new GroupsView(EditionRef.of(scored.edition()), sample, by.word(), report.levels(), report.groups()),
                () -> GroupTables.of(report),
                "groups-" + scored.edition().id() + "-" + by.word());
    }

    private static PopulationClasses populationClasses(Context ctx) {
        String text = ctx.queryParam("populationClasses");
        if (text == null) {
            return PopulationClasses.DEFAULT;
        }
        try {
            return PopulationClasses.parse(text);
        } catch (IllegalArgumentException e) {
            throw Params.invalid("populationClasses", text, "cut-offs such as 10k,50k,250k,1M: " + e.getMessage());
        }
    }

    /**
     * One edition's results by group.
     *
     * @param levels the edition's levels, in band order, that each group's counts use
     * @param groups population classes from the smallest up, other groups by name, {@code unknown} last
     */
    record GroupsView(EditionRef edition, String sample, String by, List<String> levels, List<Group> groups) {}
}
