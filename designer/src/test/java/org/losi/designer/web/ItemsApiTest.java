package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemsApiTest {
    private static final AtomicInteger BETAS = new AtomicInteger();

    @TempDir
    static Path rules;

    private static Workbench bench;
    private static Http http;

    @BeforeAll
    static void start() {
        bench = Workbench.over(rules);
        http = bench.http;
    }

    @AfterAll
    static void stop() {
        bench.close();
    }

    private static String newBeta() {
        return bench.beta("items-" + BETAS.incrementAndGet());
    }

    @Test
    void aBlankFormOffersTheEditionsCriteriaChannelsAndDefaultPolicy() {
        JsonNode view = http.get("/api/editions/" + newBeta() + "/items/form").json();

        assertThat(view.get("representable").asBoolean()).isTrue();
        assertThat(view.get("readOnly").asBoolean()).isFalse();
        assertThat(view.get("form").get("weight").asDouble()).isEqualTo(1.0);
        assertThat(view.get("form").get("condition").get("kind").asText()).isEqualTo("portal");
        JsonNode choices = view.get("choices");
        assertThat(texts(choices.get("channels"))).contains("portal", "chatbot", "linked_platform");
        assertThat(choices.get("criteria")).hasSize(6);
        assertThat(choices.get("items")).hasSize(95);
        assertThat(choices.get("notApplicableDefault").asText()).isEqualTo("zero");
    }

    @Test
    void anItemWrittenByTheFormReadsBackIntoTheForm() {
        JsonNode view =
                http.get("/api/editions/" + newBeta() + "/items/204/form").json();

        assertThat(view.get("representable").asBoolean()).isTrue();
        JsonNode condition = view.get("form").get("condition");
        assertThat(condition.get("kind").asText()).isEqualTo("channels");
        assertThat(texts(condition.get("channels"))).containsExactly("portal", "mobile_app");
        assertThat(view.get("rule").get("name").asText()).isEqualTo("item 204");
        assertThat(view.get("rule").get("file").asText()).isEqualTo("technology.drl");
        assertThat(view.get("rule").get("text").asText()).contains("yesOn(\"204\"");
    }

    @Test
    void anItemWrittenByHandBeyondTheFormSaysSoAndGivesItsRule() throws Exception {
        String beta = newBeta();
        Path file = rules.resolve(beta).resolve("technology.drl");
        Files.writeString(
                file, Files.readString(file).replace("City( yes(\"205\") )", "City( yes(\"205\") || yes(\"207\") )"));

        JsonNode view = http.get("/api/editions/" + beta + "/items/205/form").json();

        assertThat(view.get("representable").asBoolean()).isFalse();
        assertThat(view.has("form")).isFalse();
        assertThat(view.get("rule").get("line").asInt()).isPositive();
        assertThat(view.get("rule").get("text").asText()).contains("yes(\"207\")");
    }

    @Test
    void addingAChannelIndependentItemAnswersCreatedWithTheRuleItWrote() {
        String beta = newBeta();
        Map<String, Object> item = Workbench.item("AI-1", "TEC", 1, Workbench.anyChannel());

        Http.Response response =
                http.send("POST", "/api/editions/" + beta + "/items", Workbench.edit(bench.hash(beta), "item", item));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/editions/" + beta + "/items/AI-1/form");
        JsonNode saved = response.json();
        assertThat(saved.get("saved").asBoolean()).isTrue();
        assertThat(saved.get("hash").asText()).isEqualTo(bench.hash(beta));
        assertThat(saved.get("changes").get(0).get("kind").asText()).isEqualTo("item added");
        assertThat(saved.get("rule").get("text").asText())
                .contains("rule \"item AI-1\"", "yesAnywhere(\"AI-1\")", "@advice(");
        assertThat(saved.get("effect").get("sample").asText()).isEqualTo(Workbench.SAMPLE);
        assertThat(bench.saves).contains(beta + ": item AI-1 added by Ana Author");
    }

    @Test
    void reweightingAnItemRescoresTheSampleAndShowsWhoMoved() {
        String beta = newBeta();
        JsonNode form = http.get("/api/editions/" + beta + "/items/201/form").json();
        Map<String, Object> item = reweighted(form.get("form"), 40);

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/items/201",
                Workbench.edit(form.get("hash").asText(), "item", item));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode effect = response.json().get("effect");
        assertThat(effect.get("changed")).isNotEmpty();
        JsonNode city = effect.get("changed").get(0);
        assertThat(city.get("value")).hasSize(2);
        assertThat(city.get("value").get(0).asDouble())
                .isNotEqualTo(city.get("value").get(1).asDouble());
        assertThat(city.get("level")).hasSize(2);
        assertThat(city.get("rank")).hasSize(2);
        assertThat(effect.get("changed").size() + effect.get("unchanged").asInt())
                .isEqualTo(5);
        assertThat(response.json().get("changes").get(0).get("kind").asText()).isEqualTo("reweighted");
    }

    @Test
    void anItemCanBeRenamedThroughItsForm() {
        String beta = newBeta();
        JsonNode form = http.get("/api/editions/" + beta + "/items/201/form").json();
        Map<String, Object> item = asMap(form.get("form"));
        item.put("code", "201-renamed");

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/items/201",
                Workbench.edit(form.get("hash").asText(), "item", item));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(http.get("/api/editions/" + beta + "/items/201-renamed/form").status())
                .isEqualTo(200);
        assertThat(http.get("/api/editions/" + beta + "/items/201/form").status())
                .isEqualTo(404);
    }

    @Test
    void removingAnItemTakesItOutOfTheEdition() {
        String beta = newBeta();

        Http.Response response =
                http.send("DELETE", "/api/editions/" + beta + "/items/201", Workbench.edit(bench.hash(beta)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("changes").get(0).get("kind").asText()).isEqualTo("item removed");
        assertThat(http.get("/api/editions/" + beta).json().get("items")).hasSize(94);
    }

    @Test
    void anUnknownItemIsNotFound() {
        String beta = newBeta();

        Http.Response form = http.get("/api/editions/" + beta + "/items/nope/form");
        Http.Response removal =
                http.send("DELETE", "/api/editions/" + beta + "/items/nope", Workbench.edit(bench.hash(beta)));

        ApiErrorsTest.assertError(form, 404, "item-not-found");
        ApiErrorsTest.assertError(removal, 404, "item-not-found");
    }

    @Test
    void aFormValueThatCannotBeWrittenIsABadRequestNamingTheField() {
        String beta = newBeta();
        Map<String, Object> item = Workbench.item("AI 1", "TEC", 1, Workbench.anyChannel());

        Http.Response response =
                http.send("POST", "/api/editions/" + beta + "/items", Workbench.edit(bench.hash(beta), "item", item));

        ApiErrorsTest.assertError(response, 400, "invalid-form");
        assertThat(response.error().get("field").asText()).isEqualTo("item.code");
        assertThat(response.error().get("message").asText()).contains("\"AI 1\"");
    }

    @Test
    void aConditionKindTheFormDoesNotKnowIsABadRequestListingTheKinds() {
        String beta = newBeta();
        Map<String, Object> item = Workbench.item("AI-1", "TEC", 1, Map.of("kind", "somewhere"));

        Http.Response response =
                http.send("POST", "/api/editions/" + beta + "/items", Workbench.edit(bench.hash(beta), "item", item));

        ApiErrorsTest.assertError(response, 400, "invalid-json");
        assertThat(response.error().get("message").asText())
                .contains("\"somewhere\"", "item.condition.kind", "any-channel");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        Http.Response response = http.sendRaw("POST", "/api/editions/" + newBeta() + "/items", "{\"item\": ");

        ApiErrorsTest.assertError(response, 400, "invalid-json");
        assertThat(response.body()).doesNotContain("com.fasterxml", "\tat ");
    }

    @Test
    void aSaveWithoutABodyIsABadRequest() {
        Http.Response response = http.sendRaw("POST", "/api/editions/" + newBeta() + "/items", "");

        ApiErrorsTest.assertError(response, 400, "body-required");
    }

    @Test
    void aSampleThatCannotBeReadAfterTheSaveIsToldInTheEffectAndTheSaveStands() {
        String beta = newBeta();
        Map<String, Object> body =
                Workbench.edit(bench.hash(beta), "item", Workbench.item("AI-1", "TEC", 1, Workbench.anyChannel()));
        body.put("sample", "broken/bad-syntax.json");

        Http.Response response = http.send("POST", "/api/editions/" + beta + "/items", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode error = response.json().get("effect").get("error");
        assertThat(error.get("code").asText()).isEqualTo("invalid-input");
        assertThat(error.get("message").asText()).contains("broken/bad-syntax.json");
        assertThat(http.get("/api/editions/" + beta).json().get("items")).hasSize(96);
    }

    @Test
    void aSaveWithoutTheHashThePageLoadedIsRefused() {
        String beta = newBeta();
        Map<String, Object> item = Workbench.item("AI-1", "TEC", 1, Workbench.anyChannel());

        Http.Response response =
                http.send("POST", "/api/editions/" + beta + "/items", Workbench.edit(null, "item", item));

        ApiErrorsTest.assertError(response, 400, "base-hash-required");
        assertThat(http.get("/api/editions/" + beta).json().get("items")).hasSize(95);
    }

    @Test
    void aSampleThatIsNotThereIsRefusedBeforeAnythingIsSaved() {
        String beta = newBeta();
        Map<String, Object> body =
                Workbench.edit(bench.hash(beta), "item", Workbench.item("AI-1", "TEC", 1, Workbench.anyChannel()));
        body.put("sample", "demo/nothing.json");

        Http.Response response = http.send("POST", "/api/editions/" + beta + "/items", body);

        ApiErrorsTest.assertError(response, 404, "sample-not-found");
        assertThat(http.get("/api/editions/" + beta).json().get("items")).hasSize(95);
    }

    @Test
    void aFinalEditionIsReadOnlyAndItsFormSaysSo() {
        String hash = bench.hash(Workbench.FINAL);
        Map<String, Object> item = Workbench.item("AI-1", "TEC", 1, Workbench.anyChannel());

        Http.Response response =
                http.send("POST", "/api/editions/" + Workbench.FINAL + "/items", Workbench.edit(hash, "item", item));

        ApiErrorsTest.assertError(response, 403, "edition-read-only");
        assertThat(response.error().get("message").asText()).contains("fork");
        assertThat(http.get("/api/editions/" + Workbench.FINAL + "/items/201/form")
                        .json()
                        .get("readOnly")
                        .asBoolean())
                .isTrue();
        assertThat(bench.hash(Workbench.FINAL)).isEqualTo(hash);
    }

    @Test
    void itemsOfAnUnknownEditionAreNotFound() {
        Http.Response response = http.get("/api/editions/losi-1999/items/form");

        ApiErrorsTest.assertError(response, 404, "edition-not-found");
    }

    private static Map<String, Object> reweighted(JsonNode form, double weight) {
        Map<String, Object> item = asMap(form);
        item.put("weight", weight);
        return item;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(JsonNode form) {
        return Http.JSON_MAPPER.convertValue(form, Map.class);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
