package org.losi.designer.web;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.losi.engine.authoring.Author;
import org.losi.engine.authoring.ConflictException;
import org.losi.engine.authoring.EditionEditor;
import org.losi.engine.authoring.FormException;
import org.losi.engine.authoring.ReadOnlyException;
import org.losi.engine.authoring.SaveResult;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.rules.EditionException;
import org.losi.engine.rules.RuleFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every save of the API goes through here: a request that cannot be saved is refused before anything is written, the
 * editor's refusals become the API's errors, and a saved edit is followed by the rescoring of the author's sample.
 */
final class Authoring {
    private static final Logger LOG = LoggerFactory.getLogger(Authoring.class);

    private final Editions editions;
    private final Scores scores;
    private final SampleFolder samples;
    private final EditionEditor editor;

    Authoring(Editions editions, Scores scores, SampleFolder samples, EditionEditor editor) {
        this.editions = editions;
        this.scores = scores;
        this.samples = samples;
        this.editor = editor;
    }

    EditionEditor editor() {
        return editor;
    }

    Editions editions() {
        return editions;
    }

    /**
     * Runs one edit.
     *
     * @param fieldPrefix where the edit's form fields sit in the request body, such as {@code item}, for 400 errors
     * @throws ApiError 400 for a missing hash or a bad form value, 403 for a final edition, 409 when someone saved
     *     since the author opened the edition, 422 when the edit does not compile (it is kept as a draft)
     */
    SaveOutcome save(
            String editionId, EditRequests.Edit request, String fieldPrefix, Function<Author, SaveResult> edit) {
        return save(editionId, request, fieldPrefix, edit, false);
    }

    /**
     * Runs an edit of whole rule files, which may also repair an edition whose files do not compile: the DRL editor
     * and restoring a revision must be able to mend what someone broke outside the designer.
     */
    SaveOutcome saveFiles(
            String editionId, EditRequests.Edit request, String fieldPrefix, Function<Author, SaveResult> edit) {
        return save(editionId, request, fieldPrefix, edit, true);
    }

    private SaveOutcome save(
            String editionId,
            EditRequests.Edit request,
            String fieldPrefix,
            Function<Author, SaveResult> edit,
            boolean mayRepair) {
        requireBaseHash(request);
        Edition opened = mayRepair ? editableOrBroken(editionId) : editable(editionId);
        if (request.sample() != null) {
            samples.resolve(request.sample());
        }
        Author author = request.author() == null ? new Author(null, null) : request.author();
        SaveResult result = run(edit, author, fieldPrefix);
        if (!result.saved()) {
            throw ApiError.notSaved(result);
        }
        Edition before = catalog().remembered(request.baseHash()).orElse(opened);
        Effect effect = request.sample() == null || before == null ? null : effect(before, result, request.sample());
        return new SaveOutcome(true, result.edition(), result.hash(), result.changes(), null, effect);
    }

    /**
     * The compiled edition, refused when it is final.
     *
     * @throws ApiError 404 unknown, 422 does not compile, 403 final
     */
    Edition editable(String editionId) {
        Edition edition = editions.compiled(editionId);
        if (edition.isFinal()) {
            throw readOnly(new ReadOnlyException(editionId));
        }
        return edition;
    }

    /** The edition when it compiles; null when its files on disk do not, so that an edit may repair them. */
    Edition editableOrBroken(String editionId) {
        try {
            return editable(editionId);
        } catch (ApiError e) {
            if (e.status() == 422) {
                return null;
            }
            throw e;
        }
    }

    /** The rule an item save wrote, read from the saved edition. */
    Optional<SaveOutcome.RuleText> itemRule(String editionId, String hash, String code) {
        Edition saved = catalog().remembered(hash).orElseGet(() -> editions.compiled(editionId));
        return saved.item(code)
                .flatMap(item ->
                        saved.source().locate(item.declared().rule()).map(at -> ruleText(at.getKey(), at.getValue())));
    }

    static SaveOutcome.RuleText ruleText(RuleFile file, RuleFile.Located rule) {
        return new SaveOutcome.RuleText(rule.name(), file.name(), rule.line(), file.textOf(rule));
    }

    EditionCatalog catalog() {
        return editions.catalog();
    }

    private static SaveResult run(Function<Author, SaveResult> edit, Author author, String fieldPrefix) {
        try {
            return edit.apply(author);
        } catch (ConflictException e) {
            throw ApiError.conflict(e);
        } catch (ReadOnlyException e) {
            throw readOnly(e);
        } catch (FormException e) {
            throw ApiError.badForm(fieldPrefix, e);
        } catch (EditionException e) {
            throw Editions.doesNotCompile(e);
        }
    }

    static ApiError readOnly(ReadOnlyException e) {
        return ApiError.of(403, "edition-read-only", e.getMessage());
    }

    private static void requireBaseHash(EditRequests.Edit request) {
        if (request.baseHash() == null || request.baseHash().isBlank()) {
            throw ApiError.badRequest(
                    "base-hash-required",
                    "send \"baseHash\": the edition's hash when you opened it, so that a save never overwrites"
                            + " someone else's");
        }
    }

    /** Scores the sample before and after the save; a sample that cannot be scored is told in the effect. */
    private Effect effect(Edition before, SaveResult result, String sample) {
        try {
            Edition after = catalog().remembered(result.hash()).orElseGet(() -> editions.compiled(result.edition()));
            return Effect.between(
                    sample,
                    scores.score(before, sample).report(),
                    scores.score(after, sample).report());
        } catch (ApiError e) {
            return Effect.failed(sample, e);
        } catch (UncheckedIOException e) {
            LOG.warn("edition {} was saved but the sample {} could not be rescored", result.edition(), sample, e);
            return Effect.failed(sample, ApiError.of(500, "internal-error", "the sample could not be read again"));
        }
    }
}
