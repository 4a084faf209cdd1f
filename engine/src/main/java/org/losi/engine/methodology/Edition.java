package org.losi.engine.methodology;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.losi.engine.rules.EditionSource;

/**
 * A compiled methodology edition: its declarations read from rule metadata, and the knowledge base that scores with
 * them. Immutable and safe to share between threads.
 *
 * @param id the edition folder's name, for example {@code losi-2024}
 * @param status {@code final} editions are read-only; {@code beta} and {@code draft} ones may be edited
 * @param basedOn the edition this one was forked from, if any
 * @param hash the hash of the rule files, carried by every result
 */
public record Edition(
        String id,
        String title,
        String status,
        String basedOn,
        Aggregation aggregation,
        ItemPolicy notApplicable,
        ItemPolicy notAssessed,
        DisagreementPolicy disagreement,
        List<Criterion> criteria,
        List<Item> items,
        List<Band> bands,
        String hash,
        @JsonIgnore EditionSource source,
        @JsonIgnore KieBase kieBase) {

    public Edition {
        criteria = List.copyOf(criteria);
        items = List.copyOf(items);
        bands = List.copyOf(bands);
    }

    public boolean isFinal() {
        return "final".equalsIgnoreCase(status);
    }

    @JsonIgnore
    public Path folder() {
        return source.folder();
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The band a value falls in, the first that contains it in declaration order. */
    public Optional<Band> bandOf(double value) {
        return bands.stream().filter(b -> b.contains(value)).findFirst();
    }

    @JsonIgnore
    public Map<String, Item> itemsByRule() {
        return items.stream().collect(Collectors.toMap(i -> i.declared().rule(), Function.identity()));
    }
}
