package org.losi.engine.regression;

import java.util.ArrayList;
import java.util.List;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.ScoreReport;

/**
 * Which items a suite exercises under an edition: the items no case meets, no case misses, and no case answers at
 * all. An item never missed has never shown that its rule can say no; one never answered has not been tried.
 *
 * @param cases the cities the suite scored, not-assessed ones included
 */
public record Coverage(
        String suite,
        String edition,
        int items,
        int cases,
        List<String> neverMet,
        List<String> neverMissed,
        List<String> neverAnswered) {

    public Coverage {
        neverMet = List.copyOf(neverMet);
        neverMissed = List.copyOf(neverMissed);
        neverAnswered = List.copyOf(neverAnswered);
    }

    /** The coverage of a run: its cases' item outcomes, item by item in the edition's order. */
    public static Coverage of(SuiteRun run, Edition edition) {
        ScoreReport report = run.report();
        List<String> neverMet = new ArrayList<>();
        List<String> neverMissed = new ArrayList<>();
        List<String> neverAnswered = new ArrayList<>();
        for (Item item : edition.items()) {
            if (!seen(report, item, Outcome.MET)) {
                neverMet.add(item.code());
            }
            if (!seen(report, item, Outcome.MISSED)) {
                neverMissed.add(item.code());
            }
            if (!answered(report, item)) {
                neverAnswered.add(item.code());
            }
        }
        int cases = report.cities().size() + report.notAssessed().size();
        return new Coverage(
                run.suite(), run.edition(), edition.items().size(), cases, neverMet, neverMissed, neverAnswered);
    }

    private static boolean seen(ScoreReport report, Item item, Outcome outcome) {
        for (CityResult city : report.cities()) {
            if (city.item(item.code()).map(i -> i.outcome() == outcome).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean answered(ScoreReport report, Item item) {
        for (CityResult city : report.cities()) {
            if (city.item(item.code())
                    .map(i -> i.outcome() != Outcome.NOT_ASSESSED)
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
