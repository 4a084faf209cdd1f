package org.losi.designer.web.review;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.losi.designer.web.Editions;
import org.losi.designer.web.JsonBodies;
import org.losi.designer.web.SampleFolder;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.InputException;
import org.losi.engine.lint.Lint;
import org.losi.engine.rules.EditionSource;

/**
 * The reviewer's API: the regression suites of {@code <samples>/suites}, their runs under editions, approvals that
 * commit the expectations, and lint findings of an edition. Every error takes the designer's one JSON shape.
 */
public final class ReviewApi {
    private final Editions editions;
    private final SampleFolder samples;
    private final SuiteFolder suites;
    private final SuiteRuns runs;
    private final Approvals approvals;
    private final JsonBodies bodies;

    /** Over the rules folder's editions and the suites folder inside the samples folder. */
    public ReviewApi(Editions editions, SampleFolder samples, JsonBodies bodies) {
        this.editions = editions;
        this.samples = samples;
        this.suites = new SuiteFolder(samples);
        this.runs = new SuiteRuns(editions, suites);
        this.approvals = new Approvals(editions, suites, runs);
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/suites", this::list);
        routes.get("/api/suites/{suite}/runs", this::run);
        routes.post("/api/suites/{suite}/runs", this::run);
        routes.post("/api/suites/{suite}/approvals", this::approve);
        routes.get("/api/editions/{id}/lint", this::lint);
    }

    private void list(Context ctx) {
        List<SuiteView> all =
                suites.all().stream().map(s -> SuiteView.of(s, suites)).toList();
        ctx.json(Map.of("suites", all));
    }

    private void run(Context ctx) {
        List<String> chosen =
                ctx.queryParams("edition").stream().filter(id -> !id.isBlank()).toList();
        ctx.json(runs.run(ctx.pathParam("suite"), chosen));
    }

    private void approve(Context ctx) {
        String suite = ctx.pathParam("suite");
        ApprovalRequest request = ApprovalRequest.read(ctx, bodies);
        ctx.status(201).json(approvals.approve(suite, request));
    }

    private void lint(Context ctx) {
        EditionSource source = editions.source(ctx.pathParam("id"));
        List<AssessmentSet> checked =
                ctx.queryParams("sample").stream().map(this::sample).toList();
        ctx.json(Lint.check(source, checked));
    }

    /** A sample read whatever items it answers, named by its path so that a finding about it says which file. */
    private AssessmentSet sample(String name) {
        Path file = samples.resolve(name);
        try {
            return AssessmentSet.of(
                    samples.relative(file),
                    AssessmentReaders.read(file, code -> true).assessments());
        } catch (InputException e) {
            throw SuiteFolder.unreadable(samples, e);
        }
    }
}
