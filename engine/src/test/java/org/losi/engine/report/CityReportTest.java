package org.losi.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.ScoreReport;
import org.losi.engine.scoring.Scorer;

class CityReportTest {
    private static Edition beta;
    private static ScoreReport report;

    @BeforeAll
    static void scoreValdoria() {
        EditionCatalog catalog = new EditionCatalog(Bundled.rules());
        beta = catalog.get("losi-2026-beta");
        report = Scorer.score(
                beta,
                AssessmentReaders.read(
                        Bundled.samples().resolve("valdoria/assessments.json"), catalog.knownItems()::contains));
    }

    @Test
    void theFewestItemsToTheNextLevelLiftTheCityIntoIt() {
        CityResult velika = report.city("val-velika-pol").orElseThrow();

        CityReport.Report forVelika = CityReport.of(beta, report, velika);

        assertThat(velika.level()).isEqualTo("low");
        assertThat(forVelika.nextLevel().level()).isEqualTo("middle");
        assertThat(forVelika.nextLevel().valueWith()).isGreaterThan(0.25);
        int met = velika.itemsMet() + forVelika.nextLevel().items().size();
        assertThat(forVelika.nextLevel().valueWith()).isEqualTo((double) met / velika.itemsScored());
        assertThat((double) (met - 1) / velika.itemsScored()).isLessThanOrEqualTo(0.25);
    }

    @Test
    void everyMissedItemIsListedWithTheEditionsAdviceWhereItGivesSome() {
        CityResult ashvale = report.city("val-ashvale").orElseThrow();

        List<CityReport.Missing> toDo = CityReport.of(beta, report, ashvale).toDo();

        assertThat(toDo).hasSize((int) ashvale.items().stream()
                .filter(i -> i.outcome() == Outcome.MISSED)
                .count());
        assertThat(toDo)
                .filteredOn(m -> m.code().equals("301"))
                .singleElement()
                .extracting(CityReport.Missing::advice)
                .asString()
                .startsWith("Publish a short AI-use policy");
    }

    @Test
    void peersAreThePlacesOfTheSameSettlementType() {
        CityResult dunhollow = report.city("val-dunhollow").orElseThrow();

        CityReport.Peers peers = CityReport.of(beta, report, dunhollow).peers();

        List<CityResult> rural = report.cities().stream()
                .filter(c -> "rural".equals(c.city().settlementType()))
                .toList();
        assertThat(peers.settlementType()).isEqualTo("rural");
        assertThat(peers.count()).isEqualTo(rural.size());
        assertThat(peers.rank()).isEqualTo(1);
        assertThat(peers.best()).isEqualTo(dunhollow.value());
    }

    @Test
    void cityInTheTopBandHasNoNextLevel() {
        assertThat(CityReport.of(beta, report, report.cities().get(0)).nextLevel())
                .isNull();
    }
}
