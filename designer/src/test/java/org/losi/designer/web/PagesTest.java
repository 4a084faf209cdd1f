package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagesTest {
    private static final List<String> SCRIPTS = List.of(
            "designer.js",
            "index.js",
            "edition.js",
            "scores.js",
            "city.js",
            "authoring.js",
            "item.js",
            "rules.js",
            "drl-mode.js",
            "fork.js");

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = Fixtures.startOnFreePort();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/editions/losi-2024",
                "/scores?edition=losi-2024&sample=demo/cities.json",
                "/cities/aurelia?edition=losi-2024&sample=demo/cities.json",
                "/editions/losi-2024/new-item",
                "/editions/losi-2024/items/201",
                "/editions/losi-2024/rules?file=technology.drl",
                "/editions/losi-2024/fork"
            })
    void everyPageIsHtmlWithTheTopNavigationAndTheSharedStyle(String path) {
        Http.Response page = http.get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("class=\"top-nav\"", "href=\"/assets/designer.css\"");
    }

    @Test
    void pagesAllowScriptsFromTheDesignerOnly() {
        Http.Response page = http.get("/");

        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "object-src 'none'");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }

    @Test
    void noScriptTurnsDataIntoMarkup() {
        for (String script : SCRIPTS) {
            Http.Response js = http.get("/assets/" + script);

            assertThat(js.status()).as(script).isEqualTo(200);
            assertThat(js.body())
                    .as(script)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void theSharedHelperWritesTextOnlyAsTextNodes() {
        String helper = http.get("/assets/designer.js").body();

        assertThat(helper).contains("node.textContent = String(value)", "document.createTextNode(String(child))");
    }

    @Test
    void scriptsAndStylesAreServedWithTheirTypes() {
        assertThat(http.get("/assets/designer.js").header("Content-Type")).contains("javascript");
        assertThat(http.get("/assets/designer.css").header("Content-Type")).startsWith("text/css");
    }

    @Test
    void responsesForbidContentSniffing() {
        assertThat(http.get("/api/editions").header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.get("/").header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anUnknownPageIsNotFoundInPlainText() {
        Http.Response response = http.get("/no/such/page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theRuleEditorLoadsCodeMirrorFromTheBundledWebjar() {
        Http.Response page = http.get("/editions/losi-2024/rules");
        Http.Response codeMirror = http.get("/webjars/codemirror/5.65.16/lib/codemirror.js");

        assertThat(page.body())
                .contains(
                        "src=\"/webjars/codemirror/5.65.16/lib/codemirror.js\"",
                        "href=\"/webjars/codemirror/5.65.16/lib/codemirror.css\"");
        assertThat(codeMirror.status()).isEqualTo(200);
    }

    @Test
    void bundledWebjarsAreServed() {
        Http.Response echarts = http.get("/webjars/echarts/5.3.1/dist/echarts.min.js");

        assertThat(echarts.status()).isEqualTo(200);
    }
}
