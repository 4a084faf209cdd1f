package org.losi.engine.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.ScoreReport;
import org.losi.engine.scoring.Scorer;

class NationalViewTest {

    @Test
    void betaSetsEachCityBesideItsCountrysNationalFigures() {
        EditionCatalog catalog = new EditionCatalog(Bundled.rules());
        Edition beta = catalog.get("losi-2026-beta");
        AssessmentSet valdoria = AssessmentReaders.read(
                Bundled.samples().resolve("valdoria/assessments.json"), catalog.knownItems()::contains);
        ScoreReport report = Scorer.score(beta, valdoria);

        NationalView.View view = NationalView.of(beta, report, valdoria);

        assertThat(view.subIndices()).containsExactlyInAnyOrder("IF", "CP", "SP", "EPI", "TEC");
        NationalView.Country val = view.countries().get(0);
        assertThat(val.country()).isEqualTo("VAL");
        assertThat(val.national()).containsEntry("OSI", 0.7132).containsEntry("EPI", 0.6204);
        assertThat(val.cities()).hasSize(report.cities().size());
        CityResult capital = report.city("val-valdor").orElseThrow();
        NationalView.Local local = val.cities().stream()
                .filter(c -> c.cityId().equals("val-valdor"))
                .findFirst()
                .orElseThrow();
        assertThat(local.shares().get("EPI")).isCloseTo(shareByHand(beta, capital, "EPI"), within(1e-12));
        assertThat(val.mean().value())
                .isCloseTo(
                        report.cities().stream()
                                .mapToDouble(CityResult::value)
                                .average()
                                .orElseThrow(),
                        within(1e-12));
    }

    private static double shareByHand(Edition edition, CityResult city, String subIndex) {
        Map<String, String> osi = new java.util.HashMap<>();
        edition.items().forEach(i -> osi.put(i.code(), i.osi()));
        List<ItemResult> mapped = city.items().stream()
                .filter(i -> subIndex.equals(osi.get(i.code())) && i.scored())
                .toList();
        return mapped.stream().filter(ItemResult::met).count() / (double) mapped.size();
    }
}
