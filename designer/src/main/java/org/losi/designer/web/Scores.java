package org.losi.designer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.InputException;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.ScoreReport;
import org.losi.engine.scoring.Scorer;
import org.losi.engine.scoring.ScoringException;

/**
 * Scores a sample under an edition for the API. The last report per edition and sample is kept while neither the
 * rule files nor the sample file change, so that a city page does not score the whole sample again.
 */
public final class Scores {
    private final Editions editions;
    private final SampleFolder samples;
    private final Map<Key, Cached> reports = new ConcurrentHashMap<>();

    Scores(Editions editions, SampleFolder samples) {
        this.editions = editions;
        this.samples = samples;
    }

    /**
     * The report for one edition and one sample file.
     *
     * @throws ApiError 404 for an unknown edition or sample, 400 for a sample name outside the folder, 422 for a broken
     *     edition or an unreadable sample
     */
    Scored score(String editionId, String sampleName) {
        return score(editions.compiled(editionId), sampleName);
    }

    /**
     * The report for one sample file under a compiled edition, which may be an earlier state of an edition than the
     * one saved now: what an author's save is compared against.
     */
    Scored score(Edition edition, String sampleName) {
        Path file = samples.resolve(sampleName);
        Key key = new Key(edition.id(), samples.relative(file));
        Stamp stamp = Stamp.of(file);
        Cached cached = reports.get(key);
        if (cached != null && cached.holds(edition, stamp)) {
            return cached.scored();
        }
        AssessmentSet assessments = read(file);
        Scored scored = new Scored(edition, scoreSet(edition, assessments), assessments);
        reports.put(key, new Cached(stamp, scored));
        return scored;
    }

    private AssessmentSet read(Path file) {
        Set<String> known = editions.catalog().knownItems();
        try {
            return AssessmentReaders.read(file, known::contains);
        } catch (InputException e) {
            String relative = samples.relative(file);
            String message = e.getMessage().replace(file.toString(), relative);
            throw ApiError.badInput(message, new ApiError.InputLocation(relative, e.line(), e.column()));
        }
    }

    private static ScoreReport scoreSet(Edition edition, AssessmentSet set) {
        try {
            return Scorer.score(edition, set);
        } catch (ScoringException e) {
            throw ApiError.of(422, "scoring-failed", e.getMessage());
        }
    }

    private record Key(String edition, String sample) {}

    /**
     * A report with the very edition that produced it, for the wording and advice of its items, and the assessments
     * it was scored from, for the national figures they give.
     */
    public record Scored(Edition edition, ScoreReport report, AssessmentSet assessments) {}

    private record Cached(Stamp stamp, Scored scored) {
        boolean holds(Edition edition, Stamp current) {
            return scored.edition().hash().equals(edition.hash()) && stamp.equals(current);
        }
    }

    /** What tells that a sample file changed on disk. */
    private record Stamp(long size, long modified) {
        static Stamp of(Path file) {
            try {
                return new Stamp(
                        Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the samples file " + file, e);
            }
        }
    }
}
