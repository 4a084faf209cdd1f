package org.losi.engine.lint;

import java.util.ArrayList;
import java.util.List;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;

/**
 * What lint found in one edition.
 *
 * @param compiles whether the edition compiles as scoring compiles it; if not, some findings are {@code compile} ones
 * @param items the item rules declared, counted as written, duplicates included
 * @param findings in file and line order; findings about samples come last
 */
public record LintReport(
        String edition,
        String rulesHash,
        boolean compiles,
        int items,
        int criteria,
        int bands,
        List<Problem> findings) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The same report with more findings after these, for example those about samples. */
    public LintReport with(List<Problem> more) {
        List<Problem> all = new ArrayList<>(findings);
        all.addAll(more);
        return new LintReport(edition, rulesHash, compiles, items, criteria, bands, all);
    }
}
