package org.losi.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.methodology.EditionLoader;

/**
 * The Valdoria sample's results worked out without the engine: the answers read as a plain JSON tree, the items read
 * from the DRL text with a regular expression, and LOSI 2024's published method applied by hand. The engine must agree
 * with every figure.
 */
class HandCountedResultsTest {
    private static final Pattern ITEM = Pattern.compile("@code\\(\"([^\"]+)\"\\)\\s*@criterion\\(\"([^\"]+)\"\\)");
    private static final Pattern CHANNELS = Pattern.compile("yesOn\\(\\s*\"[^\"]+\"\\s*,\\s*\"([^\"]+)\"\\s*\\)");
    private static final String NA_EXCLUDED = "@notApplicable(\"exclude\")";
    private static final String UNREACHABLE = "val-quellmoor";

    private static Map<String, Double> handCounted;
    private static ScoreReport report;

    @BeforeAll
    static void countByHandAndScore() throws IOException {
        Path sample = Bundled.samples().resolve("valdoria").resolve("assessments.json");
        List<DrlItem> items = itemsOfTheDrlText(Bundled.edition("losi-2024"));
        handCounted = new LinkedHashMap<>();
        for (JsonNode assessment : new ObjectMapper().readTree(sample.toFile()).get("assessments")) {
            handCounted.put(assessment.get("city").get("id").asText(), valueByHand(assessment, items));
        }
        Set<String> known = new EditionCatalog(Bundled.rules()).knownItems();
        report = Scorer.score(
                EditionLoader.load(Bundled.edition("losi-2024")), AssessmentReaders.read(sample, known::contains));
    }

    @Test
    void everyCityValueMatchesTheHandCount() {
        Map<String, Double> ranked = rankedByHand();

        assertThat(report.cities()).hasSize(ranked.size());
        for (CityResult city : report.cities()) {
            assertThat(city.value())
                    .as(city.city().id())
                    .isCloseTo(ranked.get(city.city().id()), within(1e-12));
        }
    }

    @Test
    void everyLevelFollowsTheCutOffsWithTheUpperSideInclusive() {
        for (CityResult city : report.cities()) {
            assertThat(city.level())
                    .as(city.city().id())
                    .isEqualTo(levelByHand(handCounted.get(city.city().id())));
        }
    }

    @Test
    void ranksAreCompetitionRanksOnTheUnroundedValues() {
        for (CityResult city : report.cities()) {
            double value = handCounted.get(city.city().id());
            long better =
                    rankedByHand().values().stream().filter(v -> v > value).count();
            assertThat(city.rank()).as(city.city().id()).isEqualTo(better + 1);
        }
    }

    @Test
    void cityWithEveryAnswerNotAssessedIsListedApartAndNotRanked() {
        assertThat(handCounted.get(UNREACHABLE)).isNull();
        assertThat(report.notAssessed()).extracting(n -> n.city().id()).containsExactly(UNREACHABLE);
        assertThat(report.city(UNREACHABLE)).isEmpty();
    }

    @Test
    void citiesWithEqualAnswersShareARankAndTheNextRankSkips() {
        CityResult fennick = report.city("val-fennick").orElseThrow();
        CityResult galdos = report.city("val-galdos").orElseThrow();
        int next = fennick.rank() + 2;

        assertThat(galdos.value()).isEqualTo(fennick.value());
        assertThat(galdos.rank()).isEqualTo(fennick.rank());
        assertThat(report.cities())
                .extracting(CityResult::rank)
                .doesNotContain(fennick.rank() + 1)
                .contains(next);
    }

    @Test
    void sampleReachesEveryLevel() {
        assertThat(report.cities())
                .extracting(CityResult::level)
                .containsAll(List.of("very high", "high", "middle", "low"));
    }

    /** One item as its rule's text declares it. */
    private record DrlItem(String code, String criterion, boolean notApplicableExcluded, Set<String> channels) {}

    private static List<DrlItem> itemsOfTheDrlText(Path edition) throws IOException {
        List<DrlItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(edition)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                for (String rule : Files.readString(file).split("\\n(?=rule \")")) {
                    Matcher item = ITEM.matcher(rule);
                    if (item.find()) {
                        items.add(new DrlItem(
                                item.group(1), item.group(2), rule.contains(NA_EXCLUDED), channelsOf(rule)));
                    }
                }
            }
        }
        assertThat(items).hasSize(95);
        return items;
    }

    private static Set<String> channelsOf(String rule) {
        Matcher yesOn = CHANNELS.matcher(rule);
        if (!yesOn.find()) {
            return Set.of("portal");
        }
        return Set.copyOf(
                Arrays.stream(yesOn.group(1).split(",")).map(String::trim).toList());
    }

    /** Items met over items scored, or null when no item could be scored. */
    private static Double valueByHand(JsonNode assessment, List<DrlItem> items) {
        Map<String, Map<String, String>> settled = settleByHand(assessment.get("answers"));
        int met = 0;
        int scored = 0;
        for (DrlItem item : items) {
            Map<String, String> byChannel = settled.getOrDefault(item.code(), Map.of());
            boolean yes = item.channels().stream().anyMatch(c -> "yes".equals(byChannel.get(c)));
            boolean answered = byChannel.containsValue("yes") || byChannel.containsValue("no");
            boolean notApplicable = byChannel.containsValue("not_applicable");
            met += yes ? 1 : 0;
            scored += answered || (notApplicable && !item.notApplicableExcluded()) ? 1 : 0;
        }
        return scored == 0 ? null : (double) met / scored;
    }

    /**
     * Per item and channel, one value: the last reviewer's if a reviewer answered, else the one value the assessors
     * agree on; assessors who disagree with no reviewer leave it not assessed.
     */
    private static Map<String, Map<String, String>> settleByHand(JsonNode answers) {
        Map<String, Map<String, List<JsonNode>>> given = new LinkedHashMap<>();
        for (JsonNode answer : answers) {
            String channel = answer.has("channel") ? answer.get("channel").asText() : "portal";
            given.computeIfAbsent(answer.get("item").asText(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(channel, k -> new ArrayList<>())
                    .add(answer);
        }
        Map<String, Map<String, String>> settled = new LinkedHashMap<>();
        given.forEach((item, byChannel) -> byChannel.forEach((channel, list) ->
                settled.computeIfAbsent(item, k -> new LinkedHashMap<>()).put(channel, settleOne(list))));
        return settled;
    }

    private static String settleOne(List<JsonNode> answers) {
        String reviewer = null;
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode answer : answers) {
            String value = answer.get("value").asText();
            if (answer.has("role") && answer.get("role").asText().equals("reviewer")) {
                reviewer = value;
            } else if (!value.equals("not_assessed")) {
                seen.add(value);
            }
        }
        if (reviewer != null) {
            return reviewer;
        }
        return seen.size() == 1 ? seen.iterator().next() : "not_assessed";
    }

    private static String levelByHand(double value) {
        if (value > 0.75) {
            return "very high";
        }
        if (value > 0.50) {
            return "high";
        }
        return value > 0.25 ? "middle" : "low";
    }

    private static Map<String, Double> rankedByHand() {
        Map<String, Double> ranked = new LinkedHashMap<>(handCounted);
        ranked.values().removeIf(v -> v == null);
        return ranked;
    }
}
