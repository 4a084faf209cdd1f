package org.losi.engine.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;

/**
 * Scores assessments under an edition: settles each city's answers, lets the item rules fire on one fact per city,
 * then aggregates, bands and ranks as the edition declares.
 *
 * <p>Each call uses a session of its own, so one edition may score on many threads at once. Results are sorted by
 * rank, then city id, so the same input in any order gives the same report.
 */
public final class Scorer {
    private Scorer() {}

    public static ScoreReport score(Edition edition, AssessmentSet set) {
        Map<String, Assessment> byCity = mergeByCity(set.assessments());
        List<City> facts = new ArrayList<>(byCity.size());
        Map<City, SettledAnswers> settled = new HashMap<>();
        for (Assessment assessment : byCity.values()) {
            SettledAnswers answers = SettledAnswers.settle(assessment.answers(), edition.disagreement());
            City city = new City(assessment.city(), answers.yesChannels(), answers.answeredItems());
            facts.add(city);
            settled.put(city, answers);
        }
        fire(edition, facts);
        Aggregator aggregator = new Aggregator(edition);
        List<CityResult> ranked = new ArrayList<>();
        List<ScoreReport.NotAssessed> notAssessed = new ArrayList<>();
        for (City city : facts) {
            aggregator
                    .aggregate(city, settled.get(city))
                    .ifPresentOrElse(
                            ranked::add,
                            () -> notAssessed.add(new ScoreReport.NotAssessed(
                                    city.profile(), "no item of this edition was assessed")));
        }
        notAssessed.sort(Comparator.comparing(n -> n.city().id()));
        return new ScoreReport(
                edition.id(),
                edition.title(),
                edition.hash(),
                set.id(),
                rank(ranked),
                notAssessed,
                unusedAnswers(edition, byCity.values()),
                set.exclusions());
    }

    /** Answers for one city given in several places (two assessors' files, say) are scored together. */
    private static Map<String, Assessment> mergeByCity(List<Assessment> assessments) {
        Map<String, Assessment> byCity = new LinkedHashMap<>();
        for (Assessment assessment : assessments) {
            byCity.merge(assessment.cityId(), assessment, (first, more) -> {
                List<Answer> all = new ArrayList<>(first.answers());
                all.addAll(more.answers());
                return new Assessment(first.city(), all);
            });
        }
        return byCity;
    }

    private static void fire(Edition edition, List<City> facts) {
        Map<String, Integer> itemIndex = new HashMap<>();
        List<Item> items = edition.items();
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).declared().rule(), i);
        }
        KieSession session = edition.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    Integer index = itemIndex.get(event.getMatch().getRule().getName());
                    if (index != null) {
                        for (Object fact : event.getMatch().getObjects()) {
                            if (fact instanceof City city) {
                                city.met.set(index);
                            }
                        }
                    }
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
        } catch (RuntimeException e) {
            throw new ScoringException(edition.id(), e);
        } finally {
            session.dispose();
        }
    }

    /** Competition ranking on the unrounded value: 1, 2, 2, 4. */
    static List<CityResult> rank(List<CityResult> results) {
        List<CityResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(CityResult::value)
                .reversed()
                .thenComparing(r -> r.city().id()));
        List<CityResult> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0
                    && Double.compare(sorted.get(i).value(), sorted.get(i - 1).value()) == 0;
            ranked.add(sorted.get(i).withRank(tied ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }

    private static Map<String, Integer> unusedAnswers(Edition edition, Iterable<Assessment> assessments) {
        Map<String, Integer> unused = new TreeMap<>();
        Set<String> read = new HashSet<>();
        edition.items().forEach(i -> read.addAll(i.reads()));
        edition.items().forEach(i -> read.add(i.code()));
        for (Assessment assessment : assessments) {
            assessment.answers().stream()
                    .filter(a -> !read.contains(a.item()))
                    .forEach(a -> unused.merge(a.item(), 1, Integer::sum));
        }
        return unused;
    }
}
