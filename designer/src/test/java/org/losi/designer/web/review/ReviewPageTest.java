package org.losi.designer.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losi.designer.web.DesignerServer;

/** The review page is served like the others, reached from every page, and writes data as text only. */
class ReviewPageTest {
    @TempDir
    static Path temp;

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        server = Workspace.bundled(temp).start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theReviewPageIsHtmlUnderTheDesignersContentSecurityPolicy() {
        Http.Response page = http.get("/review");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.raw().headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'"));
        assertThat(page.body()).contains("src=\"/assets/review.js\"", "href=\"/assets/review.css\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/editions/losi-2024",
                "/scores",
                "/cities/aurelia",
                "/review",
                "/editions/losi-2024/items/281",
                "/editions/losi-2024/rules",
                "/editions/losi-2024/fork"
            })
    void everyPageLinksToTheReviewPageInItsTopNavigation(String path) {
        String page = http.get(path).body();

        assertThat(page.substring(page.indexOf("class=\"top-nav\""), page.indexOf("</nav>")))
                .contains("<a href=\"/review\" data-page=\"review\">Review</a>");
    }

    @Test
    void theReviewScriptTurnsNoDataIntoMarkup() {
        Http.Response script = http.get("/assets/review.js");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body())
                .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }
}
