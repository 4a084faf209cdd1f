package org.losi.designer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.losi.designer.web.DesignerServer;
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
import org.losi.engine.rules.RuleFile;
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
        description = "Print the warm build time of an edition, the time to score generated municipalities beside a"
                + " plain Java loop over the same answers, the time of a robustness run, and the time an author"
                + " waits for a saved edit and the rescored sample through the designer's HTTP API.")
public final class BenchCommand implements Callable<Integer> {
    private static final int MONTE_CARLO_CITIES = 200;
    private static final int MONTE_CARLO_DRAWS = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BENCH_SAMPLE = "bench.json";
    private static final int WARM_UP_EDITS = 4;

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
            names = "--edits",
            defaultValue = "40",
            description = "Edits of an item's weight saved through the designer's HTTP API, each rescoring a sample"
                    + " (default: ${DEFAULT-VALUE}; 0 to skip).")
    int edits;

    @Option(
            names = "--sample-cities",
            defaultValue = "193",
            description = "Cities in the sample rescored after each edit (default: ${DEFAULT-VALUE}, as many as"
                    + " LOSI 2024 listed).")
    int sampleCities;

    @Option(
            names = "--seed",
            defaultValue = "2024",
            description = "Seed of the generated answers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (cities < 1 || rounds < 1 || sampleCities < 1) {
            throw new IllegalArgumentException("--cities, --rounds and --sample-cities must be at least 1");
        }
        if (edits < 0) {
            throw new IllegalArgumentException("--edits must be 0 or more");
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

        if (edits > 0) {
            double[] saves = editRoundTrips(scoring);
            out.printf(
                    Locale.ROOT,
                    "save a weight + rescore %d cities over HTTP: p50 %.1f ms, p95 %.1f ms (%d edits)%n",
                    sampleCities,
                    percentile(saves, 50),
                    percentile(saves, 95),
                    edits);
        }
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

    /**
     * What an author waits for after Save: a designer over a temporary copy of the edition, forked into a beta, takes
     * edits of one item's weight, alternately up and back, each through the HTTP API with the rescoring of a generated
     * sample. The first few edits warm up and are not counted.
     *
     * @return the milliseconds of each counted edit, sorted
     */
    private double[] editRoundTrips(Edition scoring) {
        Path temp = createTemporaryFolder();
        try {
            Path rules = temp.resolve("rules");
            writeRuleFiles(scoring, Files.createDirectories(rules.resolve(scoring.id())));
            Path samples = Files.createDirectories(temp.resolve("samples"));
            JSON.writeValue(samples.resolve(BENCH_SAMPLE).toFile(), generate(scoring, sampleCities));
            try (DesignerServer server = DesignerServer.start(rules, samples, null, 0, (e, files, a, m) -> {})) {
                return new EditRoundTrips(server.port()).measure(scoring);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the edit round trips in " + temp, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The edits and their timing, over real HTTP as the pages send them. */
    private final class EditRoundTrips {
        private static final String BETA = "bench-edits";

        private final HttpClient client = HttpClient.newHttpClient();
        private final String editions;

        EditRoundTrips(int port) {
            this.editions = "http://127.0.0.1:" + port + "/api/editions/";
        }

        double[] measure(Edition scoring) {
            send("POST", scoring.id() + "/fork", JSON.createObjectNode().put("id", BETA));
            JsonNode view = firstItemTheFormShows(scoring);
            ObjectNode item = (ObjectNode) view.get("form");
            String code = item.get("code").asText();
            double weight = item.get("weight").asDouble();
            String hash = view.get("hash").asText();
            double[] millis = new double[edits];
            for (int i = -WARM_UP_EDITS; i < edits; i++) {
                item.put("weight", Math.floorMod(i, 2) == 0 ? weight + 1 : weight);
                ObjectNode body = JSON.createObjectNode().put("baseHash", hash).put("sample", BENCH_SAMPLE);
                body.putObject("author").put("name", "bench");
                body.set("item", item);
                long start = System.nanoTime();
                JsonNode saved = send("PUT", BETA + "/items/" + code, body);
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                requireRescored(saved);
                hash = saved.get("hash").asText();
            }
            Arrays.sort(millis);
            return millis;
        }

        private JsonNode firstItemTheFormShows(Edition scoring) {
            for (Item item : scoring.items()) {
                JsonNode view = send("GET", BETA + "/items/" + item.code() + "/form", null);
                if (view.get("representable").asBoolean()) {
                    return view;
                }
            }
            throw new IllegalArgumentException(
                    "edition " + scoring.id() + " has no item the form can edit, so no weight to change");
        }

        private static void requireRescored(JsonNode saved) {
            JsonNode effect = saved.get("effect");
            if (effect == null || effect.has("error")) {
                throw new IllegalStateException("the sample was not rescored after a save: " + saved);
            }
        }

        private JsonNode send(String method, String path, JsonNode body) {
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString());
            HttpRequest request = HttpRequest.newBuilder(URI.create(editions + path))
                    .header("Content-Type", "application/json")
                    .method(method, publisher)
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException(
                            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
                }
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during " + method + " " + path, e);
            }
        }
    }

    private static void writeRuleFiles(Edition edition, Path folder) throws IOException {
        for (RuleFile file : edition.source().files()) {
            Files.writeString(folder.resolve(file.name()), file.text(), StandardCharsets.UTF_8);
        }
    }

    private static Path createTemporaryFolder() {
        try {
            return Files.createTempDirectory("losi-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the edit round trips", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the figures stand.
        }
    }

    /** The nearest-rank percentile of sorted figures. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String figures(double[] sorted) {
        return String.format(Locale.ROOT, "%8.1f ms [%.1f-%.1f]", median(sorted), sorted[0], sorted[sorted.length - 1]);
    }
}
