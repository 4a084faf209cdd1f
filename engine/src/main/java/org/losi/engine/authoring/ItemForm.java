package org.losi.engine.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.losi.engine.methodology.ItemPolicy;

/**
 * An item as the designer's form shows it: the common cases of authoring need no DRL.
 *
 * @param notApplicable null to follow the edition's default
 * @param file the rule file the item is written to; null puts a new item beside the other items of its criterion
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemForm(
        String code,
        String criterion,
        String wording,
        double weight,
        String advice,
        String osi,
        ItemPolicy notApplicable,
        Condition condition,
        String file) {}
