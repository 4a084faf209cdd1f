package org.losi.designer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.RuleFile;

/** What the DRL editor reads: an edition's rule files, one file's text, the live check, and the kept drafts. */
final class RuleFileViews {
    private RuleFileViews() {}

    /** The rule files of an edition, each with its rules and the lines they take. */
    record Files(String edition, String hash, boolean readOnly, List<FileRules> files) {}

    record FileRules(String name, List<RuleFile.Located> rules) {
        static FileRules of(RuleFile file) {
            return new FileRules(file.name(), file.rules());
        }
    }

    /** One rule file's text, with the edition's hash to send back when saving it. */
    record FileText(
            String edition, String hash, boolean readOnly, String file, String text, List<RuleFile.Located> rules) {}

    /** The problems the edition would have with one file replaced; none when it compiles. */
    record Check(String edition, String file, boolean compiles, List<Problem> problems) {}

    record Drafts(String edition, List<DraftSummary> drafts) {}

    /**
     * A kept draft.
     *
     * @param changedFiles the files whose text differs from the edition as saved now, added or removed ones included
     */
    record DraftSummary(String name, List<String> changedFiles) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Draft(String edition, String name, List<DraftFile> files) {}

    /** @param changed whether the text differs from the edition's file as saved now */
    record DraftFile(String name, String text, boolean changed) {}
}
