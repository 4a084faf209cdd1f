package org.losi.engine.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;

class EditionLoaderTest {

    @Test
    void the2024EditionDeclaresItsItemsCriteriaAndBandsInRules() {
        Edition edition = EditionLoader.load(Bundled.edition("losi-2024"));

        assertThat(edition.items()).hasSize(95);
        assertThat(edition.criteria()).extracting(Criterion::name).hasSize(6).contains("Technology");
        assertThat(edition.bands()).hasSize(4);
        assertThat(edition.isFinal()).isTrue();
        assertThat(edition.hash()).startsWith("sha256:");
    }
}
