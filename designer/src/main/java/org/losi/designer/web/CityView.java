package org.losi.designer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.report.CityReport;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.CriterionScore;
import org.losi.engine.scoring.Disagreement;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.ScoreReport;

/**
 * One city's result under one edition, with every item's wording and advice beside its outcome. A city that was not
 * assessed has {@code assessed: false}, the reason, and no figures.
 *
 * @param ranked how many cities the sample ranks, for "rank 3 of 12"
 * @param report what a city official reads: strengths, what to do, the next level, peers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CityView(
        String edition,
        String editionTitle,
        String rulesHash,
        String assessments,
        CityProfile city,
        boolean assessed,
        String reason,
        Double value,
        String level,
        Integer rank,
        int ranked,
        Integer itemsMet,
        Integer itemsScored,
        List<CriterionScore> criteria,
        List<ItemView> items,
        CityReport.Report report) {

    static CityView of(ScoreReport report, CityResult result, Edition edition) {
        return new CityView(
                report.edition(),
                report.editionTitle(),
                report.rulesHash(),
                report.assessments(),
                result.city(),
                true,
                null,
                result.value(),
                result.level(),
                result.rank(),
                report.cities().size(),
                result.itemsMet(),
                result.itemsScored(),
                result.criteria(),
                result.items().stream().map(i -> ItemView.of(i, edition)).toList(),
                CityReport.of(edition, report, result));
    }

    static CityView notAssessed(ScoreReport report, ScoreReport.NotAssessed city) {
        return new CityView(
                report.edition(),
                report.editionTitle(),
                report.rulesHash(),
                report.assessments(),
                city.city(),
                false,
                city.reason(),
                null,
                null,
                null,
                report.cities().size(),
                null,
                null,
                null,
                null,
                null);
    }

    /** An item's outcome, the rule that decided it, the policy applied and any assessor disagreement. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemView(
            String code,
            String criterion,
            String wording,
            double weight,
            Outcome outcome,
            boolean scored,
            String rule,
            String policy,
            List<Disagreement> disagreements,
            String advice) {

        static ItemView of(ItemResult result, Edition edition) {
            Item item = edition.item(result.code()).orElse(null);
            return new ItemView(
                    result.code(),
                    result.criterion(),
                    item == null ? null : item.wording(),
                    result.weight(),
                    result.outcome(),
                    result.scored(),
                    result.rule(),
                    result.policy(),
                    result.disagreements(),
                    item == null ? null : item.advice());
        }
    }
}
