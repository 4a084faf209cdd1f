package org.losi.designer.web;

import org.losi.engine.authoring.Author;
import org.losi.engine.authoring.ItemForm;

/** The bodies of the authoring routes. Every edit names the edition's hash the page loaded, and who makes it. */
final class EditRequests {
    private EditRequests() {}

    /**
     * What every edit carries.
     *
     * @param baseHash the edition's hash when the author opened it; a save on another hash is refused
     * @param author null for {@code anonymous author}
     * @param sample a sample path to rescore after the save, or null for none
     */
    interface Edit {
        String baseHash();

        Author author();

        String sample();
    }

    record ItemEdit(String baseHash, Author author, String sample, ItemForm item) implements Edit {}

    record Removal(String baseHash, Author author, String sample) implements Edit {}

    record CriterionEdit(String baseHash, Author author, String sample, String name, Double weight) implements Edit {}

    record AggregationEdit(String baseHash, Author author, String sample, String aggregation) implements Edit {}

    record BandEdit(
            String baseHash,
            Author author,
            String sample,
            Double lower,
            Boolean lowerInclusive,
            Double upper,
            Boolean upperInclusive)
            implements Edit {}

    record FileEdit(String baseHash, Author author, String sample, String text) implements Edit {}

    /** A rule file's text to compile with the rest of the edition, without saving it. */
    record Validation(String file, String text) {}

    record Fork(String id, String title, Author author) {}
}
