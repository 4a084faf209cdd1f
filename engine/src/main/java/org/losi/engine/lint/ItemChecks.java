package org.losi.engine.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.losi.engine.methodology.Item;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;

/** Items and criteria: codes declared twice, what an item must state, criteria nobody uses, answers nobody gives. */
final class ItemChecks {
    private final Declarations declarations;
    private final List<Problem> findings = new ArrayList<>();

    private ItemChecks(Declarations declarations) {
        this.declarations = declarations;
    }

    static List<Problem> check(Declarations declarations) {
        ItemChecks checks = new ItemChecks(declarations);
        checks.duplicateCodes();
        checks.criterionAndWording();
        if (declarations.complete()) {
            checks.emptyCriteria();
            checks.conditionsReadingUnknownItems();
        }
        return checks.findings;
    }

    private void duplicateCodes() {
        Map<String, DeclaredRule> first = new HashMap<>();
        for (DeclaredRule item : declarations.items()) {
            String code = String.valueOf(item.metadata().get("code"));
            DeclaredRule earlier = first.putIfAbsent(code, item);
            if (earlier != null) {
                findings.add(Check.DUPLICATE_ITEM.at(
                        item,
                        Severity.ERROR,
                        "item code \"" + code + "\" is declared again; it is first declared by rule \"" + earlier.name()
                                + "\" at " + earlier.where() + ". Give one of them another code."));
            }
        }
    }

    private void criterionAndWording() {
        Set<String> criteria = declarations.criterionCodes();
        for (DeclaredRule item : declarations.items()) {
            String criterion = item.text("criterion");
            if (criterion == null) {
                findings.add(Check.ITEM_WITHOUT_CRITERION.at(
                        item, Severity.ERROR, "item has no @criterion; add one of: " + String.join(", ", criteria)));
            } else if (!criteria.contains(criterion)) {
                findings.add(Check.UNKNOWN_CRITERION.at(
                        item,
                        Severity.ERROR,
                        "item names criterion \"" + criterion + "\", which no rule declares; declared: "
                                + (criteria.isEmpty() ? "none" : String.join(", ", criteria))));
            }
            if (item.text("wording") == null) {
                findings.add(Check.ITEM_WITHOUT_WORDING.at(
                        item,
                        Severity.WARNING,
                        "item has no @wording: assessors and reports have no question to show for it"));
            }
        }
    }

    private void emptyCriteria() {
        Set<String> used = new LinkedHashSet<>();
        declarations.items().forEach(i -> used.add(i.text("criterion")));
        for (DeclaredRule criterion : declarations.criteria()) {
            String code = criterion.text("criterion");
            if (code != null && !used.contains(code)) {
                findings.add(Check.EMPTY_CRITERION.at(
                        criterion,
                        Severity.WARNING,
                        "criterion \"" + code + "\" has no items: its share is never defined and reports show an"
                                + " empty column"));
            }
        }
    }

    /** A condition that asks for an answer to a code no item has: no assessment answers it, so it never holds. */
    private void conditionsReadingUnknownItems() {
        Set<String> codes = new LinkedHashSet<>();
        declarations.items().forEach(i -> codes.add(String.valueOf(i.metadata().get("code"))));
        for (DeclaredRule rule : declarations.all()) {
            Set<String> unknown = new LinkedHashSet<>(Item.readsOf(rule.condition()));
            unknown.removeAll(codes);
            if (!unknown.isEmpty()) {
                findings.add(Check.NEVER_FIRES.at(
                        rule,
                        Severity.ERROR,
                        "the condition reads the answer to " + quoted(unknown) + ", which no item of the edition"
                                + " defines: no assessment can answer it, so the rule can never fire"));
            }
        }
    }

    private static String quoted(Set<String> codes) {
        return codes.stream()
                .map(c -> "\"" + c + "\"")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
