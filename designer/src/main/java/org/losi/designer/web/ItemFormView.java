package org.losi.designer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.authoring.Condition;
import org.losi.engine.authoring.ItemDrl;
import org.losi.engine.authoring.ItemForm;
import org.losi.engine.methodology.Edition;

/**
 * An item as the item form page edits it, with the choices the form offers. An item whose rule was written by hand
 * beyond what the form can show has {@code representable: false}, no form, and its rule for the DRL editor.
 *
 * @param code null for a new item
 * @param rule the item's rule as written; null for a new item
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemFormView(
        String edition,
        String hash,
        String status,
        boolean readOnly,
        String code,
        boolean representable,
        ItemForm form,
        SaveOutcome.RuleText rule,
        Choices choices) {

    /** City properties the form can limit an item to; any other name is a free attribute. */
    static final List<String> ATTRIBUTES = List.of("settlementType", "population", "region", "country");

    static final List<String> OPERATORS = List.of("==", "!=", "<", "<=", ">", ">=");

    static ItemFormView of(Edition edition, String code, ItemForm form, SaveOutcome.RuleText rule) {
        return new ItemFormView(
                edition.id(),
                edition.hash(),
                edition.status(),
                edition.isFinal(),
                code,
                form != null,
                form,
                rule,
                Choices.of(edition));
    }

    /** A new item's form: the first criterion, weight 1, yes on the portal. */
    static ItemFormView blank(Edition edition) {
        String criterion =
                edition.criteria().isEmpty() ? null : edition.criteria().get(0).code();
        ItemForm form = new ItemForm(null, criterion, "", 1, null, null, null, Condition.portal(), null);
        return of(edition, null, form, null);
    }

    /**
     * @param items the items a composite condition may read, with their wording
     * @param notApplicableDefault the edition's policy for items that state none
     */
    record Choices(
            List<String> channels,
            List<Choice> criteria,
            List<Choice> items,
            List<String> attributes,
            List<String> operators,
            String notApplicableDefault) {

        static Choices of(Edition edition) {
            return new Choices(
                    ItemDrl.channelWords(),
                    edition.criteria().stream()
                            .map(c -> new Choice(c.code(), c.name()))
                            .toList(),
                    edition.items().stream()
                            .map(i -> new Choice(i.code(), i.wording()))
                            .toList(),
                    ATTRIBUTES,
                    OPERATORS,
                    edition.notApplicable().word());
        }
    }

    record Choice(String code, String name) {}
}
