package org.losi.designer.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losi.designer.web.DesignerServer;
import org.losi.designer.web.Http;

/** The compare and analysis pages, their scripts and their place in every page's navigation. */
class AnalysisPagesTest {
    private static final List<String> SCRIPTS = List.of("compare.js", "analysis.js", "charts.js", "analysis-common.js");

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = Bundled.startOnRepository();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/compare", "/analysis"})
    void theAnalystsPagesAreHtmlUnderTheDesignersContentPolicy(String path) {
        Http.Response page = http.get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/compare", "/analysis"})
    void theChartsLibraryTheyLoadIsServedByTheDesigner(String path) {
        String page = http.get(path).body();

        assertThat(page).contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>");
        assertThat(http.get("/webjars/echarts/5.3.1/dist/echarts.min.js").status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/editions/losi-2024",
                "/editions/losi-2024/new-item",
                "/editions/losi-2024/rules",
                "/editions/losi-2024/fork",
                "/scores",
                "/cities/val-valdor",
                "/review",
                "/compare",
                "/analysis"
            })
    void everyPageLinksToTheComparisonAndTheAnalysis(String path) {
        String page = http.get(path).body();

        assertThat(page).contains("<a href=\"/compare\" data-page=\"compare\">", "<a href=\"/analysis\"");
    }

    @Test
    void noScriptOfTheseHandsDataToMarkup() {
        for (String script : SCRIPTS) {
            Http.Response js = http.get("/assets/" + script);

            assertThat(js.status()).as(script).isEqualTo(200);
            assertThat(js.body())
                    .as(script)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void chartTooltipsAreEscapedBeforeEchartsShowsThem() {
        String charts = http.get("/assets/charts.js").body();

        assertThat(charts).contains("export function escape(text)", "'<': '&lt;'");
        assertThat(http.get("/assets/compare.js").body()).doesNotContain("formatter: '{");
        assertThat(http.get("/assets/analysis.js").body()).doesNotContain("formatter: '{");
    }
}
