package org.losi.designer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.compare.OutcomeMatrix;
import org.losi.engine.compare.robustness.MonteCarlo;
import org.losi.engine.compare.robustness.Perturbation;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.methodology.Item;
import org.losi.engine.scoring.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Speed figures for the README: they are printed, never asserted in a test. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Print the warm build time of an edition and the time to score generated municipalities,"
                + " beside a plain Java loop over the same answers, and the time of a robustness run.")
public final class BenchCommand implements Callable<Integer> {
    private static final int MONTE_CARLO_CITIES = 200;
    private static final int MONTE_CARLO_DRAWS = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    Workspace workspace;

    @Option(
            names = {"-e", "--edition"},
            defaultValue = "losi-2024",
            paramLabel = "EDITION",
            description = "Edition id or folder (default: ${DEFAULT-VALUE}).")
    String edition;

    @Option(
            names = "--cities",
            defaultValue = "5570",
            description = "Municipalities to generate (default: ${DEFAULT-VALUE}).")
    int cities;

    @Option(
            names = "--rounds",
            defaultValue = "7",
            description = "Measured rounds after warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--seed",
            defaultValue = "2024",
            description = "Seed of the generated answers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (cities < 1 || rounds < 1) {
            throw new IllegalArgumentException("--cities and --rounds must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Edition scoring = workspace.edition(edition);
        out.printf(
                Locale.ROOT,
                "edition %s: %d items, %d criteria; %d rounds after warm-up, median [min-max]%n",
                scoring.id(),
                scoring.items().size(),
                scoring.criteria().size(),
                rounds);

        double[] build = measure(() -> EditionLoader.load(scoring.source()));
        out.printf(Locale.ROOT, "warm build of the edition:        %s%n", figures(build));

        AssessmentSet generated = generate(scoring, cities);
        double[] engine = measure(() -> Scorer.score(scoring, generated));
        out.printf(
                Locale.ROOT,
                "score %d cities with Drools:    %s  (%.1f µs a city)%n",
                cities,
                figures(engine),
                median(engine) * 1000 / cities);

        double[] loop = measure(() -> plainLoop(scoring, generated));
        out.printf(Locale.ROOT, "plain Java loop, same answers:    %s%n", figures(loop));

        AssessmentSet fewer = generate(scoring, MONTE_CARLO_CITIES);
        OutcomeMatrix outcomes = OutcomeMatrix.of(scoring, Scorer.score(scoring, fewer));
        Perturbation noise = new Perturbation(Perturbation.Over.ITEMS, 0.2, MONTE_CARLO_DRAWS, seed);
        double[] monteCarlo = measure(() -> MonteCarlo.run(outcomes, noise));
        out.printf(Locale.ROOT, "Monte Carlo, %d draws of item weights over %d cities: %s%n", MONTE_CARLO_DRAWS,
                MONTE_CARLO_CITIES, figures(monteCarlo));
        out.flush();
        return ExitCodes.OK;
    }

    /** Municipalities with one answer per item: about half yes, some not applicable, now and then not assessed. */
    private AssessmentSet generate(Edition scoring, int count) {
        Random random = new Random(seed);
        String[] settlements = {"urban", "peri-urban", "rural"};
        List<Assessment> assessments = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            double capacity = random.nextDouble();
            List<Answer> answers = new ArrayList<>(scoring.items().size());
            for (Item item : scoring.items()) {
                double draw = random.nextDouble();
                AnswerValue value = draw < 0.03
                        ? AnswerValue.NOT_ASSESSED
                        : draw < 0.08
                                ? AnswerValue.NOT_APPLICABLE
                                : draw < 0.08 + capacity * 0.9 ? AnswerValue.YES : AnswerValue.NO;
                answers.add(Answer.of(item.code(), value));
            }
            CityProfile profile = new CityProfile(
                    String.format("M%05d", c),
                    "Municipality " + c,
                    "GEN",
                    (long) (2000 + random.nextInt(2_000_000)),
                    settlements[c % 3],
                    "R" + (c % 27),
                    null,
                    Map.of());
            assessments.add(new Assessment(profile, answers));
        }
        return AssessmentSet.of("generated", assessments);
    }

    /** The share of portal yes answers per city, with no rules, policies or ranking: a floor to compare against. */
    private static double[] plainLoop(Edition scoring, AssessmentSet set) {
        double[] values = new double[set.assessments().size()];
        int c = 0;
        for (Assessment assessment : set.assessments()) {
            Map<String, AnswerValue> byItem = new HashMap<>();
            assessment.answers().forEach(a -> byItem.put(a.item(), a.value()));
            int met = 0;
            int scored = 0;
            for (Item item : scoring.items()) {
                AnswerValue value = byItem.get(item.code());
                if (value == AnswerValue.YES || value == AnswerValue.NO) {
                    scored++;
                    met += value == AnswerValue.YES ? 1 : 0;
                }
            }
            values[c++] = scored == 0 ? 0 : (double) met / scored;
        }
        return values;
    }

    private double[] measure(Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String figures(double[] sorted) {
        return String.format(Locale.ROOT, "%8.1f ms [%.1f-%.1f]", median(sorted), sorted[0], sorted[sorted.length - 1]);
    }
}
