package org.losi.designer.web.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.methodology.EditionDiff.Change;

/**
 * One change from edition A to edition B.
 *
 * @param kind in words, such as {@code condition changed}
 * @param subject the item code, criterion code, band level or policy the change is about
 * @param affectsScores false for changes that cannot move a score, such as rewording
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangeView(String kind, String subject, String before, String after, boolean affectsScores) {
    static ChangeView of(Change change) {
        return new ChangeView(
                change.kind().words(),
                change.subject(),
                change.before(),
                change.after(),
                change.kind().affectsScores());
    }

    static List<ChangeView> of(List<Change> changes) {
        return changes.stream().map(ChangeView::of).toList();
    }
}
