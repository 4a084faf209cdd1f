package org.losi.engine.methodology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.losi.engine.rules.EditionCompiler;
import org.losi.engine.rules.EditionException;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.RuleFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link Edition} from a folder of rules: compiles it, then reads the edition, criteria, items and bands
 * from rule metadata. Metadata that makes scoring impossible (an unknown criterion, a duplicate code, a value of the
 * wrong type) fails the load with the rule's file and line, as a compile error does.
 */
public final class EditionLoader {
    private static final Logger LOG = LoggerFactory.getLogger(EditionLoader.class);

    private EditionLoader() {}

    public static Edition load(Path folder) {
        return load(EditionSource.read(folder));
    }

    public static Edition load(EditionSource source) {
        long start = System.nanoTime();
        KieBase kieBase = EditionCompiler.compile(source);
        Declarations declarations = new Declarations(source);
        for (Rule rule : rulesInFileOrder(source, kieBase)) {
            declarations.read(rule);
        }
        Edition edition = declarations.toEdition(kieBase);
        LOG.debug(
                "compiled edition {}: {} items, {} criteria in {} ms",
                source.id(),
                edition.items().size(),
                edition.criteria().size(),
                (System.nanoTime() - start) / 1_000_000);
        return edition;
    }

    private static List<Rule> rulesInFileOrder(EditionSource source, KieBase kieBase) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        Map<String, Integer> order = new HashMap<>();
        int position = 0;
        for (RuleFile file : source.files()) {
            for (RuleFile.Located located : file.rules()) {
                order.putIfAbsent(located.name(), position++);
            }
        }
        rules.sort(Comparator.comparing(r -> order.getOrDefault(r.getName(), Integer.MAX_VALUE)));
        return rules;
    }

    /** Collects declarations rule by rule, and every problem with them. */
    private static final class Declarations {
        private final EditionSource source;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Criterion> criteria = new ArrayList<>();
        private final List<RawItem> items = new ArrayList<>();
        private final List<Band> bands = new ArrayList<>();
        private Metadata edition;

        Declarations(EditionSource source) {
            this.source = source;
        }

        void read(Rule rule) {
            Metadata meta = new Metadata(rule.getName(), rule.getMetaData(), locate(rule.getName()), problems);
            if (meta.has("code")) {
                items.add(new RawItem(meta));
            } else if (meta.has("level")) {
                bands.add(band(meta));
            } else if (meta.has("criterion")) {
                criteria.add(new Criterion(
                        meta.text("criterion"),
                        meta.textOr("name", meta.text("criterion")),
                        meta.number("weight", 1.0),
                        meta.textOr("osi", null),
                        meta.declared()));
            } else if (meta.has("title") || meta.has("aggregation") || meta.has("status")) {
                if (edition != null) {
                    meta.problem("a second edition declaration; the first is in rule \"" + edition.rule + "\"");
                }
                edition = meta;
            }
        }

        private Declared locate(String ruleName) {
            return source.locate(ruleName)
                    .map(at -> new Declared(
                            ruleName, at.getKey().name(), at.getValue().line()))
                    .orElse(new Declared(ruleName, null, 0));
        }

        private Band band(Metadata meta) {
            return new Band(
                    meta.text("level"),
                    meta.number("lower", Double.NaN),
                    meta.flag("lowerInclusive"),
                    meta.number("upper", Double.NaN),
                    meta.flag("upperInclusive"),
                    meta.declared());
        }

        Edition toEdition(KieBase kieBase) {
            Metadata declaration = edition != null ? edition : Metadata.empty(problems);
            if (edition == null) {
                problems.add(new Problem(
                        Problem.Severity.ERROR,
                        null,
                        0,
                        0,
                        null,
                        null,
                        "declarations",
                        "no edition declaration: add a rule with @title, @status and @aggregation metadata"));
            }
            ItemPolicy notApplicable = declaration.policy("notApplicable", ItemPolicy::parse, ItemPolicy.ZERO);
            List<Item> resolved = resolveItems(notApplicable);
            if (bands.isEmpty()) {
                problems.add(new Problem(
                        Problem.Severity.ERROR,
                        null,
                        0,
                        0,
                        null,
                        null,
                        "declarations",
                        "no level bands: add rules with @level, @lower and @upper metadata"));
            }
            List<Problem> errors = problems.stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR)
                    .toList();
            if (!errors.isEmpty()) {
                throw new EditionException(source.id(), errors);
            }
            return new Edition(
                    source.id(),
                    declaration.textOr("title", source.id()),
                    declaration.textOr("status", "draft"),
                    declaration.textOr("basedOn", null),
                    declaration.policy("aggregation", Aggregation::parse, Aggregation.SHARE_OF_ITEMS),
                    notApplicable,
                    declaration.policy("notAssessed", ItemPolicy::parse, ItemPolicy.EXCLUDE),
                    declaration.policy("disagreement", DisagreementPolicy::parse, DisagreementPolicy.REVIEWER),
                    criteria,
                    resolved,
                    bands,
                    source.hash(),
                    source,
                    kieBase);
        }

        /** Items in criterion order, then in the order their rules are written. */
        private List<Item> resolveItems(ItemPolicy defaultNotApplicable) {
            Set<String> criterionCodes = new HashSet<>();
            criteria.forEach(c -> criterionCodes.add(c.code()));
            Map<String, RawItem> byCode = new HashMap<>();
            List<Item> resolved = new ArrayList<>();
            for (RawItem raw : items) {
                Optional<Item> item = raw.resolve(source, defaultNotApplicable, criterionCodes, byCode);
                item.ifPresent(resolved::add);
            }
            List<String> order = criteria.stream().map(Criterion::code).toList();
            resolved.sort(Comparator.comparingInt(i -> order.indexOf(i.criterion())));
            return resolved;
        }
    }

    private record RawItem(Metadata meta) {
        Optional<Item> resolve(
                EditionSource source,
                ItemPolicy defaultNotApplicable,
                Set<String> criteria,
                Map<String, RawItem> byCode) {
            String code = meta.text("code");
            RawItem earlier = byCode.putIfAbsent(code, this);
            if (earlier != null) {
                meta.problem(
                        "item code " + code + " is declared twice; the other is rule \"" + earlier.meta.rule + "\"");
                return Optional.empty();
            }
            String criterion = meta.textOr("criterion", null);
            if (criterion == null) {
                meta.problem("item " + code + " has no @criterion");
                return Optional.empty();
            }
            if (!criteria.contains(criterion)) {
                meta.problem("item " + code + " names criterion \"" + criterion + "\", which no rule declares;"
                        + " declared: " + String.join(", ", criteria));
                return Optional.empty();
            }
            String condition = conditionOf(source, meta.rule);
            Set<String> reads = Item.readsOf(condition);
            return Optional.of(new Item(
                    code,
                    criterion,
                    meta.textOr("wording", ""),
                    meta.number("weight", 1.0),
                    meta.textOr("advice", null),
                    meta.textOr("osi", null),
                    meta.policy("notApplicable", ItemPolicy::parse, defaultNotApplicable),
                    reads.isEmpty() ? Set.of(code) : reads,
                    condition,
                    meta.declared()));
        }

        private static String conditionOf(EditionSource source, String ruleName) {
            return source.locate(ruleName)
                    .map(at -> at.getKey().textOf(at.getValue()))
                    .map(RawItem::between)
                    .orElse("");
        }

        /** Comments explain a condition to its reader; the condition itself is the code around them. */
        private static String withoutComments(String condition) {
            return condition
                    .replaceAll("(?s)/\\*.*?\\*/", " ")
                    .replaceAll("(?m)^[ \\t]*//[^\n]*$", "")
                    .replaceAll("[ \\t]*\\n[ \\t]*\\n+", "\n");
        }

        private static String between(String ruleText) {
            int when = ruleText.indexOf("\nwhen");
            int then = ruleText.lastIndexOf("\nthen");
            if (when < 0 || then < when) {
                return "";
            }
            return withoutComments(ruleText.substring(when + 5, then)).strip();
        }
    }
}
