package org.losi.designer.web.analysis;

import io.javalin.http.Context;
import org.losi.designer.web.Scores;
import org.losi.engine.compare.TwoEditions;

/**
 * The same sample scored under edition A and edition B, as {@code ?a=&b=&sample=} name them.
 *
 * @param sample the sample's path, as given
 */
record EditionPair(Scores.Scored a, Scores.Scored b, String sample, TwoEditions editions) {
    static EditionPair of(Context ctx, ScoredSamples samples) {
        String a = Params.required(ctx, "a", "the id of edition A, the earlier one");
        String b = Params.required(ctx, "b", "the id of edition B, the later one");
        String sample = ctx.queryParam("sample");
        Scores.Scored underA = samples.score(a, sample);
        Scores.Scored underB = samples.score(b, sample);
        TwoEditions editions = TwoEditions.of(underA.edition(), underA.report(), underB.edition(), underB.report());
        return new EditionPair(underA, underB, sample, editions);
    }

    EditionRef refA() {
        return EditionRef.of(a.edition());
    }

    EditionRef refB() {
        return EditionRef.of(b.edition());
    }

    /** A name for downloads, such as {@code losi-2024-losi-2026-beta}. */
    String name() {
        return a.edition().id() + "-" + b.edition().id();
    }
}
