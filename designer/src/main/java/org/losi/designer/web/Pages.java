package org.losi.designer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The designer's pages: static HTML whose scripts fetch the API. Scripts only from the designer itself, so that a
 * city name or a wording that holds markup cannot run as a script even if a page printed it raw.
 */
final class Pages {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final byte[] compare = page("compare.html");
    private final byte[] analysis = page("analysis.html");
    private final byte[] index = page("index.html");
    private final byte[] edition = page("edition.html");
    private final byte[] scores = page("scores.html");
    private final byte[] review = page("review.html");
    private final byte[] city = page("city.html");
    private final byte[] item = page("item.html");
    private final byte[] rules = page("rules.html");
    private final byte[] fork = page("fork.html");

    void register(RoutesConfig routes) {
        routes.get("/compare", ctx -> serve(ctx, compare));
        routes.get("/analysis", ctx -> serve(ctx, analysis));
        routes.get("/", ctx -> serve(ctx, index));
        routes.get("/editions/{id}", ctx -> serve(ctx, edition));
        routes.get("/scores", ctx -> serve(ctx, scores));
        routes.get("/review", ctx -> serve(ctx, review));
        routes.get("/cities/{city}", ctx -> serve(ctx, city));
        routes.get("/editions/{id}/new-item", ctx -> serve(ctx, item));
        routes.get("/editions/{id}/items/{code}", ctx -> serve(ctx, item));
        routes.get("/editions/{id}/rules", ctx -> serve(ctx, rules));
        routes.get("/editions/{id}/fork", ctx -> serve(ctx, fork));
    }

    private static void serve(Context ctx, byte[] html) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Cache-Control", "no-cache")
                .contentType("text/html; charset=utf-8")
                .result(html);
    }

    /** Pages are read once at start, so that a missing one stops the server instead of a request. */
    private static byte[] page(String name) {
        String resource = "/web/" + name;
        try (InputStream in = Pages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the designer jar has no page " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page " + resource, e);
        }
    }
}
